"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { TextField } from "@/components/forms/text-field";
import type { UnknownBarangay } from "@/lib/customers/import/validate";

type Props = {
  barangays: UnknownBarangay[];
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  errorsFor: (name: string) => string[] | undefined;
};

/** The file's barangays the tenant lacks: created with the import, in the city and province given here, when the box is ticked. */
export function NewBarangaysPanel({ barangays, checked, onCheckedChange, errorsFor }: Props) {
  const needCity = barangays.some((b) => !b.city);
  return (
    <section aria-labelledby="new-barangays-title" className="flex flex-col gap-3 rounded-lg border border-warning/50 bg-warning/5 p-4">
      <h3 id="new-barangays-title" className="font-medium">
        {barangays.length === 1 ? "1 barangay is" : `${barangays.length.toLocaleString("en-PH")} barangays are`} not in your list
      </h3>
      <ul className="flex flex-wrap gap-2 text-sm">
        {barangays.slice(0, 60).map((b) => (
          <li key={`${b.name}|${b.city}`} className="rounded-md border bg-background px-2 py-0.5">
            {b.name}
            {b.city ? <span className="text-muted-foreground">, {b.city}</span> : null}
            <span className="text-muted-foreground"> · {b.rows.toLocaleString("en-PH")} {b.rows === 1 ? "row" : "rows"}</span>
            {b.suggestion ? <span className="text-warning-foreground dark:text-warning"> · did you mean {b.suggestion}?</span> : null}
          </li>
        ))}
        {barangays.length > 60 ? <li className="px-2 py-0.5 text-muted-foreground">and {barangays.length - 60} more</li> : null}
      </ul>
      <div className="flex items-start gap-2">
        <Checkbox id="create-barangays" checked={checked} onCheckedChange={(v) => onCheckedChange(v === true)} className="mt-0.5" />
        <label htmlFor="create-barangays" className="text-sm">
          Create {barangays.length === 1 ? "this barangay" : `these ${barangays.length.toLocaleString("en-PH")} barangays`} with the import. Check the spelling first: a
          misspelt name becomes a new barangay.
        </label>
      </div>
      <input type="hidden" name="createBarangays" value={checked ? "on" : ""} />
      {checked ? (
        <div className="grid gap-4 sm:grid-cols-2">
          {needCity ? (
            <TextField name="city" label="City or municipality" autoComplete="off" placeholder="e.g. Cagayan de Oro City" errors={errorsFor("city")} />
          ) : (
            <input type="hidden" name="city" value="" />
          )}
          <TextField name="province" label="Province" autoComplete="off" placeholder="e.g. Misamis Oriental" errors={errorsFor("province")} />
        </div>
      ) : null}
    </section>
  );
}
