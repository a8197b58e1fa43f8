"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { RedirectAction } from "./form-types";

/** Deletes a plant item after a confirmation; one that still has children is refused by the server with the reason shown here. */
export function DeletePlantButton({ action, id, what }: { action: RedirectAction; id: string; what: string }) {
  const { state, pending, onSubmit } = useActionForm(action);
  return (
    <form
      onSubmit={(e) => {
        if (!window.confirm(`Delete ${what}?`)) return e.preventDefault();
        onSubmit(e);
      }}
      className="flex flex-col gap-3"
    >
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="destructive" size="sm" disabled={pending} className="self-start">
        {pending ? "Deleting…" : `Delete ${what}`}
      </Button>
    </form>
  );
}
