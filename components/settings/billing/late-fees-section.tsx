"use client";

import { useState } from "react";
import { TextField } from "@/components/forms/text-field";
import { Field, FieldDescription } from "@/components/ui/field";
import { LATE_FEE_KINDS } from "@/lib/validations/billing-settings";
import { ChoiceField } from "./choice-field";
import type { BillingFormValues } from "./form-values";
import { Section, type ErrorsFor } from "./section";

const KIND_LABELS: Record<(typeof LATE_FEE_KINDS)[number], string> = {
  none: "No late fee",
  flat: "A flat amount",
  percent: "A percent of the overdue balance",
};

/** What an unpaid account costs, and whether suspended days are billed. */
export function LateFeesSection({ values, errorsFor }: { values: BillingFormValues; errorsFor: ErrorsFor }) {
  const [kind, setKind] = useState(values.lateFeeKind);
  return (
    <Section
      id="late-fees"
      title="Late fees & reconnection"
      description="Each morning the daily run marks unpaid invoices overdue the day after their due date. On the first day after the grace period, an invoice still unpaid gets its late fee (once; it goes on the next invoice) and the customer's lines are suspended, with a disconnection job for the technician. When a payment clears what is past grace, the line is marked for reconnection with the reconnection fee, or resumed at once, without a fee, if it was not disconnected yet."
    >
      <ChoiceField
        name="lateFeeKind"
        label="Late fee"
        options={LATE_FEE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        value={kind}
        onChange={(e) => setKind(e.target.value as BillingFormValues["lateFeeKind"])}
        errors={errorsFor("lateFeeKind")}
      />
      {/* Both stay in the form; only the one that matches the choice is shown and saved. */}
      <div className={kind === "flat" ? undefined : "hidden"}>
        <TextField
          name="lateFeeAmount"
          label="Late fee (₱)"
          inputMode="decimal"
          placeholder="e.g. 50"
          defaultValue={values.lateFeeAmount}
          description="The same amount whatever the balance."
          errors={errorsFor("lateFeeAmount")}
        />
      </div>
      <div className={kind === "percent" ? undefined : "hidden"}>
        <TextField
          name="lateFeePercent"
          label="Late fee (%)"
          inputMode="decimal"
          placeholder="e.g. 5"
          defaultValue={values.lateFeePercent}
          description="Of the invoice's unpaid balance, rounded to the centavo: 5% of ₱1,299.00 is ₱64.95."
          errors={errorsFor("lateFeePercent")}
        />
      </div>
      <TextField
        name="reconnectionFee"
        label="Reconnection fee (₱)"
        inputMode="decimal"
        placeholder="Empty for none"
        defaultValue={values.reconnectionFee}
        description="Charged when a paid-up line that was disconnected is marked for reconnection; billed on the next invoice. Billing resumes the day the technician marks the reconnection done."
        errors={errorsFor("reconnectionFee")}
      />
      <Field className="sm:col-span-2">
        <label className="flex items-start gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name="billSuspended"
            defaultChecked={values.billSuspended}
            aria-describedby="field-billSuspended-description"
            className="mt-0.5 size-4 shrink-0 accent-primary"
          />
          Bill suspended days as usual
        </label>
        <FieldDescription id="field-billSuspended-description" className="pl-6">
          Off (the default): a suspended subscription is not billed for the days it is suspended. On: it is billed as if it were active.
        </FieldDescription>
      </Field>
    </Section>
  );
}
