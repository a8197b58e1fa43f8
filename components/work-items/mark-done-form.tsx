"use client";

import { Check } from "lucide-react";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";

export type MarkDoneAction = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

/**
 * "Mark done" opens a short form (an optional note, then confirm), so a thumb
 * slip on a phone does not finish a job. On success the page re-renders the
 * job as done, with the time and who.
 */
export function MarkDoneForm({ action, id, what, noteMax }: { action: MarkDoneAction; id: string; what: string; noteMax: number }) {
  const [open, setOpen] = useState(false);
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  if (!open) {
    return (
      <Button type="button" className="w-full sm:w-auto" onClick={() => setOpen(true)} aria-label={`Mark done: ${what}`}>
        <Check /> Mark done
      </Button>
    );
  }
  const noteId = `note-${id}`;
  const noteErrors = errorsFor("note");
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label={`Mark done: ${what}`}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <Field data-invalid={Boolean(noteErrors)}>
        <FieldLabel htmlFor={noteId}>Note (optional)</FieldLabel>
        <Textarea
          id={noteId}
          name="note"
          rows={2}
          maxLength={noteMax}
          placeholder="e.g. ONU retrieved, drop cable left"
          autoFocus
          aria-invalid={noteErrors ? true : undefined}
          aria-describedby={noteErrors ? `${noteId}-error` : `${noteId}-description`}
        />
        {noteErrors ? <FieldError id={`${noteId}-error`} errors={noteErrors} /> : <FieldDescription id={`${noteId}-description`}>Saved with the time and your name.</FieldDescription>}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending} className="flex-1 sm:flex-none">
          {pending ? "Saving…" : "Confirm done"}
        </Button>
        <Button type="button" variant="ghost" disabled={pending} onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
