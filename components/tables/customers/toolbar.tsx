"use client";

import { Download, Search, SlidersHorizontal, X } from "lucide-react";
import { useDebouncedSearch } from "@/components/tables/use-debounced-search";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { CUSTOMER_COLUMNS, customerListQuery, isFilteredView, type CustomerListState } from "@/lib/validations/customer-list";
import { COLUMN_LABELS } from "./columns";
import { useFilterOptions, type SelectedFilters } from "./use-filter-options";

const STATUS_OPTIONS = ["active", "suspended", "disconnected", "terminated"] as const;

/**
 * Search (debounced), filters (their options load after the page), column
 * visibility and, for those allowed to (customers.export), CSV export of exactly this view.
 */
export function CustomersToolbar({
  state,
  selected,
  update,
  canExport,
}: {
  state: CustomerListState;
  selected: SelectedFilters;
  update: (patch: Partial<CustomerListState>, opts?: { replace?: boolean }) => void;
  canExport: boolean;
}) {
  // Typing waits for a pause before it searches (the URL is replaced, so Back skips keystrokes); Back/Forward move the box.
  const { search, setSearch, clear } = useDebouncedSearch(state.q, (q) => update({ q }, { replace: true }));

  const { options, retry } = useFilterOptions(selected);
  const filtered = isFilteredView(state);
  const exportHref = `/customers/export${customerListQuery({ ...state, page: 1, after: undefined, before: undefined, hide: [] })}`;
  return (
    <div className="mb-4 flex flex-col gap-3 lg:flex-row lg:items-center">
      <div className="relative lg:w-80">
        <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input
          type="search"
          aria-label="Search customers"
          placeholder="Account no., name, mobile, address"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="pl-8"
        />
      </div>
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
        <NativeSelect aria-label="Status" value={state.status ?? ""} onChange={(e) => update({ status: (e.target.value || undefined) as CustomerListState["status"] })} wrapperClassName="sm:w-36">
          <NativeSelectOption value="">All statuses</NativeSelectOption>
          {STATUS_OPTIONS.map((s) => (
            <NativeSelectOption key={s} value={s}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </NativeSelectOption>
          ))}
        </NativeSelect>
        <NativeSelect aria-label="Barangay" onFocus={retry} value={state.barangay ?? ""} onChange={(e) => update({ barangay: e.target.value || undefined })} wrapperClassName="sm:w-48">
          <NativeSelectOption value="">All barangays</NativeSelectOption>
          {options.barangays.map((b) => (
            <NativeSelectOption key={b.id} value={b.id}>
              {b.name} ({b.city})
            </NativeSelectOption>
          ))}
        </NativeSelect>
        <NativeSelect aria-label="Plan" onFocus={retry} value={state.plan ?? ""} onChange={(e) => update({ plan: e.target.value || undefined })} wrapperClassName="sm:w-40">
          <NativeSelectOption value="">All plans</NativeSelectOption>
          {options.plans.map((p) => (
            <NativeSelectOption key={p.id} value={p.id}>
              {p.name}
              {p.status === "archived" ? " (archived)" : ""}
            </NativeSelectOption>
          ))}
        </NativeSelect>
        <NativeSelect aria-label="Balance" value={state.balance ?? ""} onChange={(e) => update({ balance: (e.target.value || undefined) as CustomerListState["balance"] })} wrapperClassName="sm:w-40">
          <NativeSelectOption value="">Any balance</NativeSelectOption>
          <NativeSelectOption value="owing">Owes money</NativeSelectOption>
          <NativeSelectOption value="credit">Has credit</NativeSelectOption>
        </NativeSelect>
        {filtered ? (
          <Button
            variant="ghost"
            onClick={() => {
              clear();
              update({ q: undefined, status: undefined, barangay: undefined, plan: undefined, balance: undefined });
            }}
          >
            <X /> Clear
          </Button>
        ) : null}
      </div>
      <div className="flex gap-2 lg:ml-auto">
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="outline">
              <SlidersHorizontal /> Columns
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end">
            <DropdownMenuLabel>Show columns</DropdownMenuLabel>
            <DropdownMenuSeparator />
            {CUSTOMER_COLUMNS.filter((c) => c !== "name").map((c) => (
              <DropdownMenuCheckboxItem
                key={c}
                checked={!state.hide.includes(c)}
                onCheckedChange={(on) => update({ hide: on ? state.hide.filter((h) => h !== c) : [...state.hide, c], page: state.page, after: state.after, before: state.before }, { replace: true })}
              >
                {COLUMN_LABELS[c]}
              </DropdownMenuCheckboxItem>
            ))}
          </DropdownMenuContent>
        </DropdownMenu>
        {canExport ? (
          <Button asChild variant="outline">
            <a href={exportHref} download>
              <Download /> Export CSV
            </a>
          </Button>
        ) : null}
      </div>
    </div>
  );
}
