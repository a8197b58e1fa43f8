"use client";

import { useEffect, useRef, useState } from "react";

export type Remote<T> = { data: T | null; loading: boolean; failed: boolean };

/**
 * What `load` answers for `key`, fetched again whenever the key changes (null:
 * nothing asked); the previous request is aborted so answers never arrive
 * out of order. The key is the request's identity, e.g. "nap:<id>".
 */
export function useRemote<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Remote<T> {
  const [state, setState] = useState<Remote<T> & { key: string | null }>({ key: null, data: null, loading: false, failed: false });
  const loader = useRef(load);
  useEffect(() => {
    loader.current = load;
  });

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    loader.current(controller.signal).then(
      (data) => setState({ key, data, loading: false, failed: false }),
      () => {
        if (!controller.signal.aborted) setState({ key, data: null, loading: false, failed: true });
      },
    );
    return () => controller.abort();
  }, [key]);

  if (key === null) return { data: null, loading: false, failed: false };
  // Until the answer for this key arrives, the last one is not shown as if it were this one's.
  if (state.key !== key) return { data: null, loading: true, failed: false };
  return state;
}
