"use client";

import Link from "next/link";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ redirectTo: string }> | null, formData: FormData) => Promise<ActionResult<{ redirectTo: string }>>;

type Values = { id?: string; name: string; city: string; province: string; psgcCode: string | null };

/** Add or edit one barangay; the city and province fields suggest the places already in the list, so spellings stay consistent. */
export function BarangayForm({
  action,
  values,
  places,
  submitLabel,
}: {
  action: Action;
  values?: Values;
  places: { province: string; city: string }[];
  submitLabel: string;
}) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const provinces = [...new Set(places.map((p) => p.province))];
  const cities = [...new Set(places.map((p) => p.city))];
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={submitLabel}>
      <FormMessage state={state} />
      {values?.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <TextField name="name" label="Barangay name" defaultValue={values?.name} autoComplete="off" errors={errorsFor("name")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="city" label="City / municipality" defaultValue={values?.city} list="barangay-cities" autoComplete="off" errors={errorsFor("city")} />
        <TextField name="province" label="Province" defaultValue={values?.province} list="barangay-provinces" autoComplete="off" errors={errorsFor("province")} />
      </div>
      <TextField
        name="psgcCode"
        label="PSGC code (optional)"
        defaultValue={values?.psgcCode ?? ""}
        inputMode="numeric"
        autoComplete="off"
        className="font-mono sm:max-w-56"
        description="The 10-digit Philippine Standard Geographic Code, e.g. 1030500044. Leave empty if you don't know it."
        errors={errorsFor("psgcCode")}
      />
      <datalist id="barangay-cities">
        {cities.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <datalist id="barangay-provinces">
        {provinces.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
        <Button asChild variant="ghost">
          <Link href="/barangays">Cancel</Link>
        </Button>
      </div>
    </form>
  );
}
