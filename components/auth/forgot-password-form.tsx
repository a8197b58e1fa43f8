"use client";

import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

/** Asks for the email; the answer is the same whether or not it has an account here. */
export function ForgotPasswordForm({ action }: { action: Action }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  if (state?.ok) {
    return (
      <Alert role="status">
        <AlertDescription>{state.data.message}</AlertDescription>
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Reset your password">
      <FormMessage state={state} />
      <TextField name="email" label="Email" type="email" autoComplete="username" autoFocus errors={errorsFor("email")} />
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Email me a link"}
      </Button>
    </form>
  );
}
