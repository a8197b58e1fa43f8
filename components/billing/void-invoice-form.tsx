"use client";

import { Ban } from "lucide-react";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useIdempotencyKey } from "./idempotency-key";

type Action = (prev: ActionResult<{ redirectTo: string }> | null, formData: FormData) => Promise<ActionResult<{ redirectTo: string }>>;

/** Voiding takes two deliberate steps: open the form, give the reason, confirm with the number in the button. */
export function VoidInvoiceForm({ action, invoiceId, number }: { action: Action; invoiceId: string; number: string }) {
  const [open, setOpen] = useState(false);
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const { field: idempotencyKey } = useIdempotencyKey();
  if (!open) {
    return (
      <Button type="button" variant="outline" className="self-start text-destructive" onClick={() => setOpen(true)}>
        <Ban /> Void invoice
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Void invoice">
      <FormMessage state={state} />
      <p className="text-sm text-muted-foreground">
        A void invoice stays on record with its number, which is never reused; it no longer counts toward the customer&apos;s balance, and the next billing run can bill its period again.
      </p>
      <input type="hidden" name="id" value={invoiceId} />
      {idempotencyKey}
      <TextField name="reason" label="Reason" placeholder="e.g. Billed the wrong account" autoFocus errors={errorsFor("reason")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="destructive" disabled={pending}>
          {pending ? "Voiding…" : `Void ${number}`}
        </Button>
        <Button type="button" variant="ghost" disabled={pending} onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
