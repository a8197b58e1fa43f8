"use client";

import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { centavosToDecimal, formatPesos } from "@/lib/money";
import { useIdempotencyKey } from "../idempotency-key";
import type { PostedPayment } from "@/app/(tenant)/t/[tenant]/(app)/payments/actions";
import { formatDay } from "./format";
import { PaymentResult } from "./payment-result";

type Action = (prev: ActionResult<PostedPayment> | null, formData: FormData) => Promise<ActionResult<PostedPayment>>;
type Method = "cash" | "gcash" | "maya" | "bank_transfer" | "check";
// Mirrors REFERENCE_REQUIRED in lib/validations/payment.ts (the server's rule); kept here so the
// client bundle does not pull in zod and the Drizzle schema just for a hint.
const NEEDS_REFERENCE: readonly Method[] = ["gcash", "maya", "bank_transfer"];

const METHOD_OPTIONS: { value: Method; label: string }[] = [
  { value: "cash", label: "Cash" },
  { value: "gcash", label: "GCash" },
  { value: "maya", label: "Maya" },
  { value: "bank_transfer", label: "Bank transfer" },
  { value: "check", label: "Check" },
];

type Props = {
  action: Action;
  customerId: string;
  invoices: { id: string; number: string; dueDate: string; balance: number }[];
  today: string;
  /** The invoice the screen was opened for (an invoice's Receive payment): ticked, its balance as the amount. */
  chosen?: { id: string; balance: number };
  /** What clears the account (and reconnects): the amount is prefilled with it when no invoice was chosen. */
  amountDue?: number;
};

/**
 * The counter form: amount, method, reference, date, and optionally which
 * invoices to pay. After a post it turns into the receipt summary; typed
 * values survive an error.
 */
export function PaymentForm({ action, customerId, invoices, today, chosen, amountDue = 0 }: Props) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const [method, setMethod] = useState<Method>("cash");
  // One key per opened form: posting it again (after a lost connection) returns the same receipt.
  const { field: idempotencyKey } = useIdempotencyKey();
  const needsReference = NEEDS_REFERENCE.includes(method);
  if (state?.ok) return <PaymentResult result={state.data} />;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Post a payment">
      <FormMessage state={state} />
      <input type="hidden" name="customerId" value={customerId} />
      {idempotencyKey}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="amount"
          label="Amount received (₱)"
          inputMode="decimal"
          autoComplete="off"
          autoFocus
          placeholder="0.00"
          defaultValue={chosen ? centavosToDecimal(chosen.balance) : amountDue > 0 ? centavosToDecimal(amountDue) : undefined}
          description={!chosen && amountDue > 0 ? "The amount to clear the account; change it if the customer pays less or more." : undefined}
          className="h-11 text-lg tabular-nums"
          errors={errorsFor("amount")}
        />
        <SelectField
          name="method"
          label="Method"
          options={METHOD_OPTIONS}
          value={method}
          onChange={(e) => setMethod(e.target.value as Method)}
          className="h-11"
          errors={errorsFor("method")}
        />
        <TextField
          name="reference"
          label={needsReference ? "Reference number (required)" : "Reference number (optional)"}
          autoComplete="off"
          className="h-11"
          description={needsReference ? "Required for GCash, Maya and bank transfers: copy it from the customer's confirmation." : "Optional for cash and check (a check number helps)."}
          errors={errorsFor("reference")}
        />
        <TextField name="paidOn" label="Date paid" type="date" defaultValue={today} max={today} className="h-11" errors={errorsFor("paidOn")} />
      </div>
      {invoices.length > 0 ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">Apply to these invoices</legend>
          <p className="text-sm text-muted-foreground">Leave all unticked to pay the oldest first; anything over the balance stays as credit.</p>
          {invoices.map((i) => (
            <label key={i.id} className="flex items-center gap-3 rounded-md border p-2 text-sm has-[:checked]:border-primary">
              <input type="checkbox" name="invoiceIds[]" value={i.id} defaultChecked={i.id === chosen?.id} className="size-4 accent-primary" />
              <span className="font-mono text-xs">{i.number}</span>
              <span className="text-muted-foreground">due {formatDay(i.dueDate)}</span>
              <span className="ml-auto tabular-nums">{formatPesos(i.balance)}</span>
            </label>
          ))}
          <FieldError errors={errorsFor("invoiceIds")} />
        </fieldset>
      ) : null}
      <FieldError errors={errorsFor("customerId")} />
      <Button type="submit" size="lg" disabled={pending} className="h-11 sm:self-start">
        {pending ? "Posting…" : "Post payment"}
      </Button>
    </form>
  );
}
