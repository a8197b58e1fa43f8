"use client";

import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { formatCount } from "@/lib/text/count";
import { nounFor } from "@/lib/text/plural";

type PageState = { page: number; size: number };
export type PageMove = "first" | "previous" | "next" | "last";

const n = formatCount;

/**
 * Server-side paging for any list whose page and size live in the URL ("1–50 of 1,234 customers").
 * A list that counts only up to a cap passes `totalIsFloor` ("1–50 of 10,000+"); its last page is
 * then unknown. A keyset list says whether neighbours exist and how to reach them (`pageLink`).
 */
export function DataTablePagination<S extends PageState>({
  state,
  total,
  sizes,
  noun,
  update,
  totalIsFloor = false,
  hasNext,
  hasPrevious,
  pageLink = (page) => ({ page }) as Partial<S>,
}: {
  state: S;
  total: number;
  sizes: readonly number[];
  /** What one row is: "customer", "invoice" ("1–1 of 1 customer", "1–50 of 1,234 customers"). */
  noun: string;
  update: (patch: Partial<S>) => void;
  totalIsFloor?: boolean;
  hasNext?: boolean;
  hasPrevious?: boolean;
  /** The URL change that shows `page`, reached by `move`; by default the page number alone. */
  pageLink?: (page: number, move: PageMove) => Partial<S>;
}) {
  const from = total === 0 ? 0 : (state.page - 1) * state.size + 1;
  const to = totalIsFloor ? state.page * state.size : Math.min(total, state.page * state.size);
  // At least the rows up to this page exist, even past the counting cap.
  const shownTotal = totalIsFloor ? Math.max(total, to) : total;
  const pageCount = Math.max(1, Math.ceil(shownTotal / state.size));
  const canGoBack = hasPrevious ?? state.page > 1;
  const canGoOn = hasNext ?? state.page < pageCount;
  const go = (page: number, move: PageMove) => update(pageLink(Math.max(1, page), move));
  return (
    <div className="mt-4 flex flex-col gap-3 text-sm sm:flex-row sm:items-center sm:justify-between">
      <p className="text-muted-foreground" aria-live="polite">
        {n(from)}–{n(to)} of {n(shownTotal)}
        {totalIsFloor ? "+" : ""} {totalIsFloor ? nounFor(2, noun) : nounFor(shownTotal, noun)}
      </p>
      <div className="flex items-center gap-2">
        <NativeSelect aria-label="Rows per page" value={String(state.size)} onChange={(e) => update({ size: Number(e.target.value) } as Partial<S>)} className="h-8" wrapperClassName="w-32">
          {sizes.map((s) => (
            <NativeSelectOption key={s} value={String(s)}>
              {s} / page
            </NativeSelectOption>
          ))}
        </NativeSelect>
        <span className="whitespace-nowrap">
          Page {n(state.page)} of {n(pageCount)}
          {totalIsFloor ? "+" : ""}
        </span>
        <Button variant="outline" size="icon" className="size-8" aria-label="First page" disabled={!canGoBack} onClick={() => go(1, "first")}>
          <ChevronsLeft />
        </Button>
        <Button variant="outline" size="icon" className="size-8" aria-label="Previous page" disabled={!canGoBack} onClick={() => go(state.page - 1, "previous")}>
          <ChevronLeft />
        </Button>
        <Button variant="outline" size="icon" className="size-8" aria-label="Next page" disabled={!canGoOn} onClick={() => go(state.page + 1, "next")}>
          <ChevronRight />
        </Button>
        {/* Past the counting cap the last page is unknown: sorting the other way shows the end. */}
        <Button variant="outline" size="icon" className="size-8" aria-label="Last page" disabled={totalIsFloor || state.page >= pageCount} onClick={() => go(pageCount, "last")}>
          <ChevronsRight />
        </Button>
      </div>
    </div>
  );
}
