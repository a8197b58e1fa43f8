"use client";

import Link from "next/link";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import type { OltDetail } from "@/db/queries/plant-details";
import type { RedirectAction } from "./form-types";
import { GpsFields } from "./gps-fields";

export function OltForm({ action, values, submitLabel, cancelHref }: { action: RedirectAction; values?: OltDetail; submitLabel: string; cancelHref: string }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4" aria-label={submitLabel}>
      <FormMessage state={state} />
      {values ? <input type="hidden" name="id" value={values.id} /> : null}
      <TextField name="name" label="Name" defaultValue={values?.name} autoComplete="off" errors={errorsFor("name")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="vendor" label="Vendor" defaultValue={values?.vendor} placeholder="ZTE, Huawei, VSOL" errors={errorsFor("vendor")} />
        <TextField name="model" label="Model" defaultValue={values?.model} placeholder="C320" errors={errorsFor("model")} />
      </div>
      <TextField name="site" label="Site" defaultValue={values?.site} placeholder="Head office, Carmen" errors={errorsFor("site")} />
      <TextField
        name="managementAddress"
        label="Management address"
        defaultValue={values?.managementAddress}
        description="How your staff reach it (an IP or URL). Kept as a note; FiberBill does not connect to it."
        errors={errorsFor("managementAddress")}
      />
      <GpsFields latitude={values?.latitude} longitude={values?.longitude} errorsFor={errorsFor} />
      <NotesField defaultValue={values?.notes} errors={errorsFor("notes")} />
      <FormButtons pending={pending} submitLabel={submitLabel} cancelHref={cancelHref} />
    </form>
  );
}

export function NotesField({ defaultValue, errors }: { defaultValue?: string; errors?: string[] }) {
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor="field-notes" className="text-sm font-medium">
        Notes
      </label>
      <Textarea id="field-notes" name="notes" rows={3} defaultValue={defaultValue} aria-invalid={errors?.length ? true : undefined} />
      {errors?.length ? <p className="text-sm text-destructive">{errors[0]}</p> : null}
    </div>
  );
}

export function FormButtons({ pending, submitLabel, cancelHref }: { pending: boolean; submitLabel: string; cancelHref: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
      <Button asChild variant="ghost">
        <Link href={cancelHref}>Cancel</Link>
      </Button>
    </div>
  );
}
