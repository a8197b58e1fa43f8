"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { invoiceListQuery, type InvoiceListState } from "@/lib/validations/invoice-list";

/** The list's state lives in the URL: every change navigates and the server renders the new page. */
export function useInvoiceListUrl(state: InvoiceListState) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const update = useCallback(
    (patch: Partial<InvoiceListState>, opts: { replace?: boolean } = {}) => {
      // Any change but paging goes back to the first page.
      const next = { ...state, ...patch, page: patch.page ?? 1 };
      const href = `${pathname}${invoiceListQuery(next)}`;
      startTransition(() => (opts.replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
    },
    [state, pathname, router],
  );
  return { update, pending };
}
