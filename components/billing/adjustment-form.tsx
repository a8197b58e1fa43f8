"use client";

import { useEffect, useRef } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useIdempotencyKey } from "./idempotency-key";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

/**
 * A one-off charge (a replacement router, a site visit) or credit (an outage)
 * on a customer's account, with its reason. For the customer page:
 * `<AdjustmentForm action={createAdjustmentAction} customerId={c.id} today={today} />`.
 */
export function AdjustmentForm({ action, customerId, today }: { action: Action; customerId: string; today: string }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const form = useRef<HTMLFormElement>(null);
  const { field: idempotencyKey, renew } = useIdempotencyKey();
  // Clear after a success, ready for the next one with a key of its own; errors keep what was typed, and the key.
  useEffect(() => {
    if (!state?.ok) return;
    form.current?.reset();
    renew();
  }, [state, renew]);
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="One-off charge or credit">
      <FormMessage state={state} />
      <input type="hidden" name="customerId" value={customerId} />
      {idempotencyKey}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="kind"
          label="Type"
          placeholder="Charge or credit"
          options={[
            { value: "charge", label: "Charge (customer owes more)" },
            { value: "credit", label: "Credit (customer owes less)" },
          ]}
          errors={errorsFor("kind")}
        />
        <TextField name="amount" label="Amount (₱)" inputMode="decimal" placeholder="e.g. 500 or 499.50" autoComplete="off" errors={errorsFor("amount")} />
      </div>
      <TextField name="reason" label="Reason" placeholder="e.g. Replacement router, 3-day outage" errors={errorsFor("reason")} />
      <TextField name="effectiveOn" label="Date" type="date" defaultValue={today} errors={errorsFor("effectiveOn")} />
      <Button type="submit" variant="outline" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Add charge or credit"}
      </Button>
    </form>
  );
}
