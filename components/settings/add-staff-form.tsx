"use client";

import { useEffect, useRef } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

export function AddStaffForm({ action, roles }: { action: Action; roles: { id: string; name: string }[] }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const form = useRef<HTMLFormElement>(null);
  // Clear the form after a successful add, ready for the next person.
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Add staff">
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label="Full name" autoComplete="off" errors={errorsFor("name")} />
        <TextField name="email" label="Email" type="email" autoComplete="off" errors={errorsFor("email")} />
        <SelectField name="roleId" label="Role" placeholder="Choose a role" options={roles.map((r) => ({ value: r.id, label: r.name }))} errors={errorsFor("roleId")} />
        <TextField
          name="password"
          label="Initial password"
          type="text"
          autoComplete="off"
          description="Share it with them privately. At least 10 characters; a few unrelated words make a strong one."
          errors={errorsFor("password")}
        />
      </div>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Adding…" : "Add staff member"}
      </Button>
    </form>
  );
}
