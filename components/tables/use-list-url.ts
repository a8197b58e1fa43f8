"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";

type PagedState = { page: number };

/** Any change but paging goes back to the first page. */
function firstPageUnlessPaging<S extends PagedState>(state: S, patch: Partial<S>): S {
  return { ...state, ...patch, page: patch.page ?? 1 };
}

/**
 * A server list's state lives in the URL: every change navigates, the server
 * renders the new page, and Back/Forward and bookmarks just work. `toQuery`
 * writes a state as the URL's query; `merge` makes the next state from a
 * change (by default, back to page 1 unless the change is paging).
 */
export function useListUrl<S extends PagedState>(state: S, toQuery: (state: S) => string, merge: (state: S, patch: Partial<S>) => S = firstPageUnlessPaging) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const update = useCallback(
    (patch: Partial<S>, opts: { replace?: boolean } = {}) => {
      const href = `${pathname}${toQuery(merge(state, patch))}`;
      startTransition(() => (opts.replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
    },
    [state, pathname, router, toQuery, merge],
  );
  return { update, pending };
}
