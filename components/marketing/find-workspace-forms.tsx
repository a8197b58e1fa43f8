"use client";

import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;

type RedirectAction = (prev: ActionResult<{ redirectTo: string }> | null, formData: FormData) => Promise<ActionResult<{ redirectTo: string }>>;

export function SubdomainLookupForm({ action, rootDomain }: { action: RedirectAction; rootDomain: string }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Go to your workspace">
      {state && !state.ok && !Object.keys(state.fieldErrors).length ? <FormMessage state={state} /> : null}
      <TextField
        name="subdomain"
        label="Workspace address"
        placeholder="yourisp"
        autoComplete="off"
        description={`The part before .${rootDomain}`}
        errors={errorsFor("subdomain")}
      />
      <Button type="submit" disabled={pending}>
        Continue to sign in
      </Button>
    </form>
  );
}

export function EmailLookupForm({ action }: { action: Action }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Email me my workspaces">
      <FormMessage state={state} />
      <TextField name="email" label="Email" type="email" autoComplete="email" errors={errorsFor("email")} />
      <Button type="submit" variant="outline" disabled={pending}>
        Email me my workspaces
      </Button>
    </form>
  );
}
