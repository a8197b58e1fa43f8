"use client";

import type { ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";

type Values = { kind?: string; barangay?: string; status: string; date: string };

const STATUS_OPTIONS = [
  // "To do" also lists what was finished today, so a technician sees the job just marked done.
  { value: "open", label: "To do" },
  { value: "done", label: "Done" },
  { value: "cancelled", label: "Cancelled" },
  { value: "all", label: "All" },
];

/**
 * A plain GET form: the filters live in the URL, so a technician can keep a
 * bookmark of their barangay and Back works. Selects apply at once when
 * JavaScript runs; the date applies with the button (typing a date fires
 * change events midway).
 */
export function WorkFilters({ barangays, values, today }: { barangays: { id: string; name: string; city: string }[]; values: Values; today: string }) {
  const submit = (e: ChangeEvent<HTMLSelectElement>) => e.currentTarget.form?.requestSubmit();
  return (
    <form method="get" className="mb-6 grid grid-cols-2 gap-3 rounded-lg border p-4 lg:grid-cols-[1fr_1.5fr_1.2fr_auto_auto] lg:items-end" aria-label="Filter field work">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="f-kind">Kind</Label>
        <NativeSelect id="f-kind" name="kind" defaultValue={values.kind ?? ""} onChange={submit}>
          <NativeSelectOption value="">All kinds</NativeSelectOption>
          <NativeSelectOption value="disconnect">Disconnect</NativeSelectOption>
          <NativeSelectOption value="reconnect">Reconnect</NativeSelectOption>
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="f-status">Status</Label>
        <NativeSelect id="f-status" name="status" defaultValue={values.status} onChange={submit}>
          {STATUS_OPTIONS.map((o) => (
            <NativeSelectOption key={o.value} value={o.value}>
              {o.label}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <div className="col-span-2 flex flex-col gap-1.5 lg:col-span-1">
        <Label htmlFor="f-barangay">Barangay</Label>
        <NativeSelect id="f-barangay" name="barangay" defaultValue={values.barangay ?? ""} onChange={submit}>
          <NativeSelectOption value="">All barangays</NativeSelectOption>
          {barangays.map((b) => (
            <NativeSelectOption key={b.id} value={b.id}>
              {b.name}, {b.city}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="f-date">Due up to</Label>
        <Input id="f-date" name="date" type="date" defaultValue={values.date} max="9999-12-31" aria-describedby="f-date-hint" />
        <span id="f-date-hint" className="sr-only">
          Today is {today}.
        </span>
      </div>
      <div className="flex items-end gap-2">
        <Button type="submit">Show</Button>
        <Button asChild variant="ghost">
          <a href="?">Today</a>
        </Button>
      </div>
    </form>
  );
}
