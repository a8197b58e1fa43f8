"use client";

import { Search, X } from "lucide-react";
import { useDebouncedSearch } from "@/components/tables/use-debounced-search";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { INVOICE_FILTER_STATUSES, OVERDUE_DAYS, type InvoiceListState } from "@/lib/validations/invoice-list";
import { INVOICE_STATUS_LABELS } from "../invoice-status";

export type InvoiceFilterOptions = { barangays: { id: string; name: string; city: string }[]; periods: { value: string; label: string }[] };

export function isFiltered(state: InvoiceListState): boolean {
  return Boolean(state.q || state.status || state.period || state.barangay || state.overdue || state.run);
}

/** Search (debounced) and the filters: status, period month, barangay, days overdue. */
export function InvoicesToolbar({ state, options, update }: { state: InvoiceListState; options: InvoiceFilterOptions; update: (patch: Partial<InvoiceListState>, opts?: { replace?: boolean }) => void }) {
  // Typing waits for a pause before it searches; replace, so Back skips keystrokes.
  const { search, setSearch, clear } = useDebouncedSearch(state.q, (q) => update({ q }, { replace: true }));

  return (
    <div className="mb-4 flex flex-col gap-3 xl:flex-row xl:items-center">
      <div className="relative xl:w-72">
        <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input type="search" aria-label="Search invoices" placeholder="Invoice no., customer, account no." value={search} onChange={(e) => setSearch(e.target.value)} className="pl-8" />
      </div>
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
        <NativeSelect aria-label="Status" value={state.status ?? ""} onChange={(e) => update({ status: (e.target.value || undefined) as InvoiceListState["status"] })} wrapperClassName="sm:w-40">
          <NativeSelectOption value="">All statuses</NativeSelectOption>
          {INVOICE_FILTER_STATUSES.map((s) => (
            <NativeSelectOption key={s} value={s}>
              {INVOICE_STATUS_LABELS[s]}
            </NativeSelectOption>
          ))}
        </NativeSelect>
        <NativeSelect aria-label="Period" value={state.period ?? ""} onChange={(e) => update({ period: e.target.value || undefined })} wrapperClassName="sm:w-40">
          <NativeSelectOption value="">All periods</NativeSelectOption>
          {options.periods.map((p) => (
            <NativeSelectOption key={p.value} value={p.value}>
              {p.label}
            </NativeSelectOption>
          ))}
        </NativeSelect>
        <NativeSelect aria-label="Barangay" value={state.barangay ?? ""} onChange={(e) => update({ barangay: e.target.value || undefined })} wrapperClassName="sm:w-48">
          <NativeSelectOption value="">All barangays</NativeSelectOption>
          {options.barangays.map((b) => (
            <NativeSelectOption key={b.id} value={b.id}>
              {b.name} ({b.city})
            </NativeSelectOption>
          ))}
        </NativeSelect>
        <NativeSelect aria-label="Days overdue" value={state.overdue ? String(state.overdue) : ""} onChange={(e) => update({ overdue: e.target.value ? Number(e.target.value) : undefined })} wrapperClassName="sm:w-44">
          <NativeSelectOption value="">Any due date</NativeSelectOption>
          {OVERDUE_DAYS.map((d) => (
            <NativeSelectOption key={d} value={String(d)}>
              {`> ${d} days overdue`}
            </NativeSelectOption>
          ))}
        </NativeSelect>
        {isFiltered(state) ? (
          <Button
            variant="ghost"
            onClick={() => {
              clear();
              update({ q: undefined, status: undefined, period: undefined, barangay: undefined, overdue: undefined, run: undefined });
            }}
          >
            <X /> Clear
          </Button>
        ) : null}
      </div>
    </div>
  );
}
