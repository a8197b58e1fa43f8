"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ redirectTo: string }> | null, formData: FormData) => Promise<ActionResult<{ redirectTo: string }>>;

/** Deletes after a confirmation; a barangay customers live in is refused by the server with the reason shown here. */
export function DeleteBarangayButton({ action, id, name }: { action: Action; id: string; name: string }) {
  const { state, pending, onSubmit } = useActionForm(action);
  return (
    <form
      onSubmit={(e) => {
        if (!window.confirm(`Delete the barangay ${name}?`)) return e.preventDefault();
        onSubmit(e);
      }}
      className="flex flex-col gap-3"
    >
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="destructive" disabled={pending} className="self-start">
        {pending ? "Deleting…" : "Delete barangay"}
      </Button>
    </form>
  );
}
