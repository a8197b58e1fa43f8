"use client";

import { Search, X } from "lucide-react";
import type { ReactNode } from "react";
import { useDebouncedSearch } from "@/components/tables/use-debounced-search";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { cn } from "@/lib/utils";

type FilterToolbarProps = {
  /** The search box's accessible name ("Search invoices"). */
  searchLabel: string;
  placeholder: string;
  q: string | undefined;
  /** Called after a pause in typing, with undefined for an empty box. */
  onSearch: (q: string | undefined) => void;
  filtered: boolean;
  /** Clears every filter; the search box is emptied here. */
  onClear: () => void;
  searchClassName?: string;
  children: ReactNode;
};

/**
 * The one layout of a list's search and filters (invoices, outbox, …): a
 * debounced search box, then the filters in a two-column grid on a phone and
 * a row on wider screens, and "Clear" while anything is filtered.
 */
export function FilterToolbar({ searchLabel, placeholder, q, onSearch, filtered, onClear, searchClassName, children }: FilterToolbarProps) {
  const { search, setSearch, clear } = useDebouncedSearch(q, onSearch);
  return (
    <div className="mb-4 flex flex-col gap-3 xl:flex-row xl:flex-wrap xl:items-center">
      <div className={cn("relative xl:w-72", searchClassName)}>
        <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input type="search" aria-label={searchLabel} placeholder={placeholder} value={search} onChange={(e) => setSearch(e.target.value)} className="pl-8" />
      </div>
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-center">
        {children}
        {filtered ? (
          <Button
            variant="ghost"
            onClick={() => {
              clear();
              onClear();
            }}
          >
            <X /> Clear
          </Button>
        ) : null}
      </div>
    </div>
  );
}

type FilterSelectProps<V extends string> = {
  label: string;
  /** The first option, meaning "no filter". */
  allLabel: string;
  value: V | undefined;
  options: readonly { value: V; label: string }[];
  onChange: (value: V | undefined) => void;
  className?: string;
};

/** One filter of a FilterToolbar: a labelled select whose first option means "all". */
export function FilterSelect<V extends string>({ label, allLabel, value, options, onChange, className }: FilterSelectProps<V>) {
  return (
    <NativeSelect aria-label={label} value={value ?? ""} onChange={(e) => onChange((e.target.value || undefined) as V | undefined)} wrapperClassName={className}>
      <NativeSelectOption value="">{allLabel}</NativeSelectOption>
      {options.map((o) => (
        <NativeSelectOption key={o.value} value={o.value}>
          {o.label}
        </NativeSelectOption>
      ))}
    </NativeSelect>
  );
}

type DateRangeFilterProps = { fromLabel: string; toLabel: string; from: string | undefined; to: string | undefined; onChange: (patch: { from?: string | undefined; to?: string | undefined }) => void };

/** "From … to …" between two days, each end optional. */
export function DateRangeFilter({ fromLabel, toLabel, from, to, onChange }: DateRangeFilterProps) {
  return (
    <>
      <label className="flex items-center gap-2 text-sm text-muted-foreground">
        From
        <Input type="date" aria-label={fromLabel} value={from ?? ""} max={to} onChange={(e) => onChange({ from: e.target.value || undefined })} className="min-w-0 sm:w-40" />
      </label>
      <label className="flex items-center gap-2 text-sm text-muted-foreground">
        to
        <Input type="date" aria-label={toLabel} value={to ?? ""} min={from} onChange={(e) => onChange({ to: e.target.value || undefined })} className="min-w-0 sm:w-40" />
      </label>
    </>
  );
}
