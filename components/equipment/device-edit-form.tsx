"use client";

import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FieldError, FieldLabel } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { centavosToDecimal } from "@/lib/money";

type Action = (prev: ActionResult<{ redirectTo: string }> | null, formData: FormData) => Promise<ActionResult<{ redirectTo: string }>>;
type Values = { id: string; brand: string; model: string; purchaseCost: number | null; mac: string | null; notes: string };

/** Corrects what is recorded of a device; its serial is its identity and where it is changes only by a movement. */
export function DeviceEditForm({ action, values }: { action: Action; values: Values }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const notesErrors = errorsFor("notes");
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Edit device">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={values.id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="brand" label="Brand" defaultValue={values.brand} autoComplete="off" errors={errorsFor("brand")} />
        <TextField name="model" label="Model" defaultValue={values.model} autoComplete="off" errors={errorsFor("model")} />
        <TextField name="mac" label="MAC (optional)" defaultValue={values.mac ?? ""} autoComplete="off" className="font-mono" errors={errorsFor("mac")} />
        <TextField
          name="purchaseCost"
          label="Cost (₱, optional)"
          defaultValue={values.purchaseCost === null ? "" : centavosToDecimal(values.purchaseCost)}
          inputMode="decimal"
          autoComplete="off"
          errors={errorsFor("purchaseCost")}
        />
      </div>
      <Field data-invalid={Boolean(notesErrors?.length)}>
        <FieldLabel htmlFor="field-notes">Notes</FieldLabel>
        <Textarea id="field-notes" name="notes" defaultValue={values.notes} rows={3} aria-invalid={notesErrors?.length ? true : undefined} />
        <FieldError errors={notesErrors} />
      </Field>
      <Button type="submit" variant="outline" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Save changes"}
      </Button>
    </form>
  );
}
