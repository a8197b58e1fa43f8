"use client";

import { FieldError } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ dismissed: boolean }> | null, formData: FormData) => Promise<ActionResult<{ dismissed: boolean }>>;

/** Hides the setup checklist for everyone in the workspace (the owner's call; recorded in the audit log). */
export function DismissOnboardingForm({ action }: { action: Action }) {
  const { state, pending, onSubmit } = useActionForm(action, { refreshOnSuccess: true });
  return (
    <form onSubmit={onSubmit} aria-label="Dismiss setup checklist" className="flex flex-col items-end gap-1">
      <Button type="submit" variant="ghost" size="sm" disabled={pending}>
        {pending ? "Hiding…" : "Dismiss"}
      </Button>
      {state && !state.ok ? <FieldError className="max-w-56 text-right text-xs">{state.error}</FieldError> : null}
    </form>
  );
}
