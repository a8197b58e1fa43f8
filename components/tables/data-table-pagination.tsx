"use client";

import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";

type PageState = { page: number; size: number };

/** Server-side paging for any list whose page and size live in the URL ("1–50 of 1,234 customers"). */
export function DataTablePagination({
  state,
  total,
  sizes,
  noun,
  update,
}: {
  state: PageState;
  total: number;
  sizes: readonly number[];
  /** What the rows are, plural: "customers", "invoices". */
  noun: string;
  update: (patch: Partial<PageState>) => void;
}) {
  const pageCount = Math.max(1, Math.ceil(total / state.size));
  const from = total === 0 ? 0 : (state.page - 1) * state.size + 1;
  const to = Math.min(total, state.page * state.size);
  const go = (page: number) => update({ page: Math.min(Math.max(1, page), pageCount) });
  return (
    <div className="mt-4 flex flex-col gap-3 text-sm sm:flex-row sm:items-center sm:justify-between">
      <p className="text-muted-foreground" aria-live="polite">
        {from.toLocaleString("en-PH")}–{to.toLocaleString("en-PH")} of {total.toLocaleString("en-PH")} {noun}
      </p>
      <div className="flex items-center gap-2">
        <NativeSelect aria-label="Rows per page" value={String(state.size)} onChange={(e) => update({ size: Number(e.target.value) })} className="h-8" wrapperClassName="w-32">
          {sizes.map((s) => (
            <NativeSelectOption key={s} value={String(s)}>
              {s} / page
            </NativeSelectOption>
          ))}
        </NativeSelect>
        <span className="whitespace-nowrap">
          Page {state.page.toLocaleString("en-PH")} of {pageCount.toLocaleString("en-PH")}
        </span>
        <Button variant="outline" size="icon" className="size-8" aria-label="First page" disabled={state.page <= 1} onClick={() => go(1)}>
          <ChevronsLeft />
        </Button>
        <Button variant="outline" size="icon" className="size-8" aria-label="Previous page" disabled={state.page <= 1} onClick={() => go(state.page - 1)}>
          <ChevronLeft />
        </Button>
        <Button variant="outline" size="icon" className="size-8" aria-label="Next page" disabled={state.page >= pageCount} onClick={() => go(state.page + 1)}>
          <ChevronRight />
        </Button>
        <Button variant="outline" size="icon" className="size-8" aria-label="Last page" disabled={state.page >= pageCount} onClick={() => go(pageCount)}>
          <ChevronsRight />
        </Button>
      </div>
    </div>
  );
}
