"use client";

import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

/** Adds a PON port to an OLT, on the OLT's page. */
export function PonPortForm({ action, oltId }: { action: Action; oltId: string }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action, { refreshOnSuccess: true });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-3"
      aria-label="Add PON port"
      // A fresh form for the next port once this one is added (key by answer).
      key={state?.ok ? JSON.stringify(state) : "form"}
    >
      <FormMessage state={state} />
      <input type="hidden" name="oltId" value={oltId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="label" label="Slot/port" placeholder="0/1/1" autoComplete="off" errors={errorsFor("label")} />
        <TextField name="txPowerDbm" label="Transmit power (dBm)" inputMode="decimal" placeholder="3" errors={errorsFor("txPowerDbm")} />
        <TextField name="notes" label="Notes" errors={errorsFor("notes")} />
      </div>
      <Button type="submit" variant="outline" size="sm" disabled={pending} className="self-start">
        {pending ? "Adding…" : "Add PON port"}
      </Button>
    </form>
  );
}
