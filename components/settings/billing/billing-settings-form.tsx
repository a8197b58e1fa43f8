"use client";

import { useEffect, useRef } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { BusinessSection } from "./business-section";
import { CycleSection } from "./cycle-section";
import type { BillingFormValues } from "./form-values";
import { LateFeesSection } from "./late-fees-section";
import { NumbersSection } from "./numbers-section";
import { PaySection } from "./pay-section";
import { TaxSection } from "./tax-section";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

/** Settings > Billing: one form in six cards, saved together in one transaction. */
export function BillingSettingsForm({ action, values }: { action: Action; values: BillingFormValues }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const form = useRef<HTMLFormElement>(null);
  // The form is long: take the person to the first field that needs fixing.
  useEffect(() => {
    if (state && !state.ok) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-6" aria-label="Billing settings">
      <BusinessSection values={values} errorsFor={errorsFor} />
      <TaxSection values={values} errorsFor={errorsFor} />
      <CycleSection values={values} errorsFor={errorsFor} />
      <LateFeesSection values={values} errorsFor={errorsFor} />
      <PaySection values={values} errorsFor={errorsFor} />
      <NumbersSection values={values} errorsFor={errorsFor} />
      <div className="flex flex-col gap-3">
        <FormMessage state={state} />
        <p className="text-sm text-muted-foreground">Changes apply to documents issued from now on; issued invoices and receipts keep what they say.</p>
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Saving…" : "Save billing settings"}
        </Button>
      </div>
    </form>
  );
}
