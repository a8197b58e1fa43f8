"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { customerListQuery, type CustomerListState } from "@/lib/validations/customer-list";

/**
 * The table's state lives in the URL: every change navigates, the server
 * renders the new page, and back/forward and bookmarks just work.
 */
export function useListUrl(state: CustomerListState) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const update = useCallback(
    (patch: Partial<CustomerListState>, opts: { replace?: boolean } = {}) => {
      // Any change but paging goes back to the first page; a paging cursor belongs to one move only.
      const next = { ...state, ...patch, page: patch.page ?? 1, after: patch.after, before: patch.before };
      const href = `${pathname}${customerListQuery(next)}`;
      startTransition(() => (opts.replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
    },
    [state, pathname, router],
  );
  return { update, pending };
}
