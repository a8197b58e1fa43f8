"use client";

import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

/** Marks an outage resolved: "service restored" goes out, and credits past the tenant's threshold. */
export function ResolveOutageForm({ action, outageId, now }: { action: Action; outageId: string; now: string }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action, { refreshOnSuccess: true });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Resolve outage">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={outageId} />
      <TextField name="resolvedAt" label="Service back at" type="datetime-local" defaultValue={now} errors={errorsFor("resolvedAt")} />
      <TextField name="resolution" label="What was done" placeholder="Spliced the cut drop at pole P-112" errors={errorsFor("resolution")} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Resolving…" : "Resolve outage"}
      </Button>
    </form>
  );
}
