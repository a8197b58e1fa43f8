"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * The search box of a list whose state lives in the URL. Typing waits for a
 * pause before it searches; Back/Forward change the URL's search and the box
 * follows. "Clear" wipes the box at once: the timer of the old text must not
 * fire afterwards and navigate back to the filters being cleared (a slow
 * server used to let that happen), so what was last asked for is remembered.
 */
export function useDebouncedSearch(urlQ: string | undefined, send: (q: string | undefined) => void, delayMs = 300) {
  const [search, setSearch] = useState(urlQ ?? "");
  // Adjusting state while rendering when the URL moves, as React advises.
  const [syncedQ, setSyncedQ] = useState(urlQ);
  if (urlQ !== syncedQ) {
    setSyncedQ(urlQ);
    setSearch(urlQ ?? "");
  }
  const requested = useRef(urlQ ?? "");
  useEffect(() => {
    requested.current = urlQ ?? "";
  }, [urlQ]);
  useEffect(() => {
    const q = search.trim();
    if (q === (urlQ ?? "") || q === requested.current) return;
    const t = setTimeout(() => {
      requested.current = q;
      send(q || undefined);
    }, delayMs);
    return () => clearTimeout(t);
  }, [search, urlQ, send, delayMs]);
  const clear = useCallback(() => {
    requested.current = "";
    setSearch("");
  }, []);
  return { search, setSearch, clear };
}
