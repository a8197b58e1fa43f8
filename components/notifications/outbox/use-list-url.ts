"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { outboxListQuery, type OutboxListState } from "@/lib/validations/outbox-list";

/** The outbox list's state lives in the URL: every change navigates and the server renders the new page. */
export function useOutboxListUrl(state: OutboxListState) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const update = useCallback(
    (patch: Partial<OutboxListState>, opts: { replace?: boolean } = {}) => {
      // Any change but paging goes back to the first page.
      const next = { ...state, ...patch, page: patch.page ?? 1 };
      const href = `${pathname}${outboxListQuery(next)}`;
      startTransition(() => (opts.replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
    },
    [state, pathname, router],
  );
  return { update, pending };
}
