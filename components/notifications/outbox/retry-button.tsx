"use client";

import { RotateCw } from "lucide-react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

export type RetryAction = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

/** Requeues one message now; a refusal (already sent, being sent) shows under the button. */
export function RetryButton({ id, action, label }: { id: string; action: RetryAction; label: string }) {
  const { state, pending, onSubmit } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="flex flex-col items-end gap-1">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="outline" size="sm" disabled={pending} aria-label={`Retry ${label}`}>
        <RotateCw className={pending ? "animate-spin" : undefined} /> Retry
      </Button>
      {state && !state.ok ? (
        <p role="alert" className="max-w-40 text-right text-xs text-destructive">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
