"use client";

import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "@/components/ui/button";
import { FieldGroup } from "@/components/ui/field";
import { suggestSlug } from "@/lib/tenancy/subdomain";
import { SubdomainField } from "./subdomain-field";

type SignUpAction = (prev: ActionResult<{ redirectTo: string }> | null, formData: FormData) => Promise<ActionResult<{ redirectTo: string }>>;

export function SignupForm({ rootDomain, action }: { rootDomain: string; action: SignUpAction }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const [company, setCompany] = useState("");
  const [subdomain, setSubdomain] = useState("");
  const [subdomainEdited, setSubdomainEdited] = useState(false);

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6" aria-label="Create your FiberBill workspace">
      <FormMessage state={state} />
      <FieldGroup className="gap-4">
        <TextField
          name="companyName"
          label="Company name"
          placeholder="Bukidnon Fiber Net"
          value={company}
          onChange={(e) => {
            setCompany(e.target.value);
            if (!subdomainEdited) setSubdomain(suggestSlug(e.target.value));
          }}
          autoComplete="organization"
          errors={errorsFor("companyName")}
        />
        <SubdomainField
          value={subdomain}
          onChange={(v) => {
            setSubdomainEdited(true);
            setSubdomain(v);
          }}
          rootDomain={rootDomain}
          errors={errorsFor("subdomain")}
        />
        <TextField name="ownerName" label="Your name" placeholder="Juan dela Cruz" autoComplete="name" errors={errorsFor("ownerName")} />
        <TextField name="email" label="Email" type="email" placeholder="you@yourisp.ph" autoComplete="email" errors={errorsFor("email")} />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          description="At least 10 characters; a few unrelated words make a strong one."
          errors={errorsFor("password")}
        />
      </FieldGroup>
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? "Creating your workspace…" : "Create workspace"}
      </Button>
    </form>
  );
}
