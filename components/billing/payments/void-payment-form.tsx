"use client";

import { useState } from "react";
import { Ban } from "lucide-react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FieldError, FieldLabel } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { useIdempotencyKey } from "../idempotency-key";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

/** Two steps (open, then confirm with a reason) so a stray tap never voids money. */
export function VoidPaymentForm({ action, id, receiptNumber }: { action: Action; id: string; receiptNumber: string }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action, { refreshOnSuccess: true });
  const { field: idempotencyKey } = useIdempotencyKey();
  const [open, setOpen] = useState(false);
  if (state?.ok) return <FormMessage state={state} />;
  if (!open) {
    return (
      <Button variant="outline" className="text-destructive" onClick={() => setOpen(true)}>
        <Ban /> Void payment
      </Button>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        if (!window.confirm(`Void receipt ${receiptNumber}? Its amounts go back to the invoices. This cannot be undone.`)) {
          e.preventDefault();
          return;
        }
        onSubmit(e);
      }}
      noValidate
      className="flex max-w-md flex-col gap-3"
      aria-label="Void payment"
    >
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      {idempotencyKey}
      <Field data-invalid={Boolean(errorsFor("reason")?.length)}>
        <FieldLabel htmlFor="void-reason">Why is this payment voided?</FieldLabel>
        <Textarea id="void-reason" name="reason" rows={2} autoFocus aria-invalid={Boolean(errorsFor("reason")?.length) || undefined} aria-describedby="void-reason-error" />
        <FieldError id="void-reason-error" errors={errorsFor("reason")} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" variant="destructive" disabled={pending}>
          {pending ? "Voiding…" : `Void receipt ${receiptNumber}`}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
