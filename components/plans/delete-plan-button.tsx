"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ redirectTo: string }> | null, formData: FormData) => Promise<ActionResult<{ redirectTo: string }>>;

/** Deleting is for mistakes; the server refuses a plan any subscription used and says to archive it. */
export function DeletePlanButton({ action, id, name }: { action: Action; id: string; name: string }) {
  const { state, pending, onSubmit } = useActionForm(action);
  return (
    <form
      onSubmit={(e) => {
        if (!window.confirm(`Delete the plan ${name}? This cannot be undone.`)) return e.preventDefault();
        onSubmit(e);
      }}
      className="flex flex-col gap-3"
    >
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="destructive" disabled={pending} className="self-start">
        Delete plan
      </Button>
    </form>
  );
}
