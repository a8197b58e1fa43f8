"use client";

import { FilterSelect, FilterToolbar } from "@/components/tables/filter-toolbar";
import { INVOICE_FILTER_STATUSES, OVERDUE_DAYS, type InvoiceListState } from "@/lib/validations/invoice-list";
import { INVOICE_STATUS_LABELS } from "../invoice-status";

export type InvoiceFilterOptions = { barangays: { id: string; name: string; city: string }[]; periods: { value: string; label: string }[] };

export function isFiltered(state: InvoiceListState): boolean {
  return Boolean(state.q || state.status || state.period || state.barangay || state.overdue || state.run);
}

const STATUS_OPTIONS = INVOICE_FILTER_STATUSES.map((s) => ({ value: s, label: INVOICE_STATUS_LABELS[s] }));
const OVERDUE_OPTIONS = OVERDUE_DAYS.map((d) => ({ value: String(d), label: `> ${d} days overdue` }));

/** Search (debounced) and the filters: status, period month, barangay, days overdue. */
export function InvoicesToolbar({ state, options, update }: { state: InvoiceListState; options: InvoiceFilterOptions; update: (patch: Partial<InvoiceListState>, opts?: { replace?: boolean }) => void }) {
  return (
    <FilterToolbar
      searchLabel="Search invoices"
      placeholder="Invoice no., customer, account no."
      q={state.q}
      // Replace, so Back skips keystrokes.
      onSearch={(q) => update({ q }, { replace: true })}
      filtered={isFiltered(state)}
      onClear={() => update({ q: undefined, status: undefined, period: undefined, barangay: undefined, overdue: undefined, run: undefined })}
    >
      <FilterSelect label="Status" allLabel="All statuses" value={state.status} options={STATUS_OPTIONS} onChange={(status) => update({ status })} className="sm:w-40" />
      <FilterSelect label="Period" allLabel="All periods" value={state.period} options={options.periods} onChange={(period) => update({ period })} className="sm:w-40" />
      <FilterSelect
        label="Barangay"
        allLabel="All barangays"
        value={state.barangay}
        options={options.barangays.map((b) => ({ value: b.id, label: `${b.name} (${b.city})` }))}
        onChange={(barangay) => update({ barangay })}
        className="sm:w-48"
      />
      <FilterSelect
        label="Days overdue"
        allLabel="Any due date"
        value={state.overdue ? String(state.overdue) : undefined}
        options={OVERDUE_OPTIONS}
        onChange={(d) => update({ overdue: d ? Number(d) : undefined })}
        className="sm:w-44"
      />
    </FilterToolbar>
  );
}
