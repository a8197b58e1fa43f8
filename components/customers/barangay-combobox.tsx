"use client";

import { Check, ChevronsUpDown } from "lucide-react";
import { useId, useMemo, useRef, useState } from "react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

export type BarangayOption = { id: string; name: string; city: string };

function fold(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/**
 * A searchable barangay picker (WAI-ARIA combobox): type part of a name,
 * pick with arrows + Enter or a tap. The chosen id goes in a hidden input.
 */
export function BarangayCombobox({
  options,
  defaultValue,
  invalid,
  describedBy,
}: {
  options: BarangayOption[];
  defaultValue?: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  const initial = options.find((o) => o.id === defaultValue);
  const [selected, setSelected] = useState<BarangayOption | undefined>(initial);
  const [query, setQuery] = useState(initial ? `${initial.name}, ${initial.city}` : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);

  const matches = useMemo(() => {
    const q = fold(query.trim());
    const pool = selected && query === `${selected.name}, ${selected.city}` ? options : options.filter((o) => fold(`${o.name} ${o.city}`).includes(q));
    return pool.slice(0, 50);
  }, [options, query, selected]);

  const choose = (o: BarangayOption) => {
    setSelected(o);
    setQuery(`${o.name}, ${o.city}`);
    setOpen(false);
  };

  return (
    <div className="relative">
      <input type="hidden" name="barangayId" value={selected?.id ?? ""} />
      <Input
        ref={input}
        id="field-barangayId"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${listId}-${matches[active].id}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder={options.length ? "Type to search barangays" : "Add barangays first"}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setSelected(undefined);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, matches.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === "Enter" && open && matches[active]) {
            e.preventDefault();
            choose(matches[active]);
          } else if (e.key === "Escape") {
            setOpen(false);
          }
        }}
        className="pr-8"
      />
      <ChevronsUpDown className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
      {open ? (
        <ul id={listId} role="listbox" className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md">
          {matches.length === 0 ? (
            <li className="px-2 py-1.5 text-sm text-muted-foreground">No barangay matches.</li>
          ) : (
            matches.map((o, i) => (
              <li
                key={o.id}
                id={`${listId}-${o.id}`}
                role="option"
                aria-selected={selected?.id === o.id}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(o);
                }}
                onMouseEnter={() => setActive(i)}
                className={cn("flex cursor-pointer items-center justify-between rounded-sm px-2 py-1.5 text-sm", i === active && "bg-accent text-accent-foreground")}
              >
                <span>
                  {o.name} <span className="text-muted-foreground">· {o.city}</span>
                </span>
                {selected?.id === o.id ? <Check className="size-4" /> : null}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
