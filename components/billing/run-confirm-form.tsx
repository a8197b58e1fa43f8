"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { formatPesos } from "@/lib/money";
import { useIdempotencyKey } from "./idempotency-key";

type Action = (prev: ActionResult<{ redirectTo: string }> | null, formData: FormData) => Promise<ActionResult<{ redirectTo: string }>>;

/** The confirm step after a preview: creates exactly the invoices shown (a re-run adds nothing). */
export function RunConfirmForm({ action, runDate, count, total }: { action: Action; runDate: string; count: number; total: number }) {
  const { state, pending, onSubmit } = useActionForm(action);
  const { field: idempotencyKey } = useIdempotencyKey();
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-label="Create invoices">
      <FormMessage state={state} />
      <input type="hidden" name="runDate" value={runDate} />
      {idempotencyKey}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <Button type="submit" disabled={pending}>
          {pending ? "Creating invoices…" : `Create ${count.toLocaleString("en-PH")} ${count === 1 ? "invoice" : "invoices"}`}
        </Button>
        <p className="text-sm text-muted-foreground">
          Totalling {formatPesos(total)}. Numbers are taken in order and never reused.
        </p>
      </div>
    </form>
  );
}
