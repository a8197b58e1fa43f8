"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

/** Archive or put back on sale; the page re-renders with the new status and the opposite button. */
export function PlanStatusButton({ action, id, archived }: { action: Action; id: string; archived: boolean }) {
  const { state, pending, onSubmit } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      <Button type="submit" variant="outline" disabled={pending} className="self-start">
        {archived ? "Unarchive plan" : "Archive plan"}
      </Button>
    </form>
  );
}
