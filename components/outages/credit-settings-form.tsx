"use client";

import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

/** The outage credit rule: after how many hours an outage credits its subscribers (empty: never). */
export function OutageCreditForm({ action, hours }: { action: Action; hours: number | null }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-3" aria-label="Outage credits">
      <FormMessage state={state} />
      <TextField
        name="outageCreditAfterHours"
        label="Credit subscribers after an outage of more than (hours)"
        inputMode="numeric"
        defaultValue={hours ?? ""}
        placeholder="No credits"
        errors={errorsFor("outageCreditAfterHours")}
        description="When an outage you resolve lasted longer, each line it cut off gets its monthly fee's share of the days lost (every started day) as a credit on the next invoice. Empty: no automatic credits."
      />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Save credit rule"}
      </Button>
    </form>
  );
}
