"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

const STATUSES = ["active", "suspended", "disconnected", "terminated"] as const;

/** Change a customer's status, with the reason and the date it takes effect. */
export function CustomerStatusForm({ action, customerId, current, today }: { action: Action; customerId: string; current: string; today: string }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Change status">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={customerId} />
      <SelectField
        name="status"
        label="New status"
        placeholder="Choose"
        options={STATUSES.filter((s) => s !== current).map((s) => ({ value: s, label: s[0]!.toUpperCase() + s.slice(1) }))}
        errors={errorsFor("status")}
      />
      <TextField name="reason" label="Reason" placeholder="e.g. Moved away, unpaid since March" errors={errorsFor("reason")} />
      <TextField name="effectiveDate" label="Effective date" type="date" defaultValue={today} errors={errorsFor("effectiveDate")} />
      <Button type="submit" variant="outline" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Change status"}
      </Button>
    </form>
  );
}
