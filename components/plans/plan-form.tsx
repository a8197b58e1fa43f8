"use client";

import Link from "next/link";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FieldError, FieldLabel } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { centavosToDecimal } from "@/lib/money";

type Action = (prev: ActionResult<{ redirectTo: string }> | null, formData: FormData) => Promise<ActionResult<{ redirectTo: string }>>;

export type PlanFormValues = {
  id: string;
  name: string;
  downloadMbps: number;
  uploadMbps: number;
  monthlyFee: number;
  installationFee: number;
  description: string;
};

/** Add or edit a plan. Fees are typed in pesos ("1,299"); the server turns them into centavos. */
export function PlanForm({ action, plan }: { action: Action; plan?: PlanFormValues }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const descriptionErrors = errorsFor("description");
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5" aria-label={plan ? `Edit plan ${plan.name}` : "New plan"}>
      <FormMessage state={state} />
      {plan ? <input type="hidden" name="id" value={plan.id} /> : null}
      <TextField name="name" label="Plan name" defaultValue={plan?.name} placeholder="e.g. Fiber 50" autoComplete="off" errors={errorsFor("name")} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name="downloadMbps"
          label="Download (Mbps)"
          inputMode="numeric"
          defaultValue={plan?.downloadMbps}
          placeholder="e.g. 50"
          errors={errorsFor("downloadMbps")}
        />
        <TextField
          name="uploadMbps"
          label="Upload (Mbps)"
          inputMode="numeric"
          defaultValue={plan?.uploadMbps}
          placeholder="e.g. 50"
          errors={errorsFor("uploadMbps")}
        />
        <TextField
          name="monthlyFee"
          label="Monthly fee (₱)"
          inputMode="decimal"
          defaultValue={plan ? centavosToDecimal(plan.monthlyFee) : undefined}
          placeholder="e.g. 1,299"
          description="A new fee applies from the next billing run; issued invoices keep theirs."
          errors={errorsFor("monthlyFee")}
        />
        <TextField
          name="installationFee"
          label="Installation fee (₱)"
          inputMode="decimal"
          defaultValue={plan ? centavosToDecimal(plan.installationFee) : undefined}
          placeholder="e.g. 1,500"
          description="Leave empty for free installation."
          errors={errorsFor("installationFee")}
        />
      </div>
      <Field data-invalid={Boolean(descriptionErrors)}>
        <FieldLabel htmlFor="field-description">Description</FieldLabel>
        <Textarea
          id="field-description"
          name="description"
          defaultValue={plan?.description}
          rows={3}
          placeholder="What the plan includes: router, unli data, free installation promo…"
          aria-invalid={Boolean(descriptionErrors) || undefined}
        />
        <FieldError errors={descriptionErrors} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : plan ? "Save plan" : "Add plan"}
        </Button>
        <Button asChild variant="outline">
          <Link href="/plans">Cancel</Link>
        </Button>
      </div>
    </form>
  );
}
