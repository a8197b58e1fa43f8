"use client";

import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { NewPasswordFields } from "./password-fields";

type Action = (prev: ActionResult<{ redirectTo: string }> | null, formData: FormData) => Promise<ActionResult<{ redirectTo: string }>>;

/** Current password, then the new one twice. */
export function ChangePasswordForm({ action, email, forced }: { action: Action; email: string; forced: boolean }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Change your password">
      <FormMessage state={state} />
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField
        name="current"
        label={forced ? "Temporary password" : "Current password"}
        type="password"
        autoComplete="current-password"
        autoFocus
        errors={errorsFor("current")}
      />
      <NewPasswordFields errorsFor={errorsFor} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Change password"}
      </Button>
    </form>
  );
}
