"use client";

import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

/** Cancels an open job with a reason; its reserved port is freed. */
export function CancelJobForm({ action, jobId }: { action: Action; jobId: string }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action, { refreshOnSuccess: true });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Cancel job">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={jobId} />
      <TextField name="reason" label="Why is it cancelled?" placeholder="Customer postponed" errors={errorsFor("reason")} />
      <Button type="submit" variant="outline" disabled={pending} className="self-start">
        {pending ? "Cancelling…" : "Cancel job"}
      </Button>
    </form>
  );
}
