"use client";

import { Send } from "lucide-react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action<T> = (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/** Delivers this workspace's due messages now instead of waiting for the scheduler. */
export function SendNowForm<T extends { message: string }>({ action, due }: { action: Action<T>; due: number }) {
  const { state, pending, onSubmit } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} aria-label="Send due messages" className="flex flex-col gap-2 sm:items-end">
      <Button type="submit" disabled={pending}>
        <Send /> {pending ? "Sending…" : due > 0 ? `Send ${due.toLocaleString("en-PH")} due now` : "Send now"}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
