"use client";

import { useState } from "react";
import { TextField } from "@/components/forms/text-field";
import { CYCLE_KINDS } from "@/lib/validations/billing-settings";
import { ChoiceField } from "./choice-field";
import { cycleExample } from "./cycle-example";
import type { BillingFormValues } from "./form-values";
import { Section, type ErrorsFor } from "./section";

const KIND_LABELS: Record<(typeof CYCLE_KINDS)[number], string> = { fixed: "Fixed day for everyone", anniversary: "Anniversary (activation day)" };
const KIND_HELP: Record<(typeof CYCLE_KINDS)[number], string> = {
  fixed:
    "Fixed day: everyone's period starts on the same day each month. A new subscription first pays only for the days until then (activated Mar 20 with day 1: 12 of March's 31 days).",
  anniversary:
    "Anniversary: each customer is billed on the day of the month they were activated; days 29–31 fall back to the month's last day (activated Jan 31: Feb 28, Mar 31, Apr 30).",
};
const DAYS = Array.from({ length: 28 }, (_, i) => ({ value: String(i + 1), label: `Day ${i + 1}` }));

/** When periods start and how the dates of an invoice follow from them. */
export function CycleSection({ values, errorsFor }: { values: BillingFormValues; errorsFor: ErrorsFor }) {
  const [v, setV] = useState({
    cycleKind: values.cycleKind,
    cycleDay: values.cycleDay,
    issueLeadDays: values.issueLeadDays,
    dueDays: values.dueDays,
    graceDays: values.graceDays,
  });
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) => setV((prev) => ({ ...prev, [key]: e.target.value }));
  const example = cycleExample(v);
  return (
    <Section
      id="cycle"
      title="Billing cycle & due dates"
      description="Customers are billed in advance for the coming month. Periods run from a start day up to the day before the next start."
    >
      <ChoiceField
        name="cycleKind"
        label="Billing cycle"
        options={CYCLE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        value={v.cycleKind}
        onChange={set("cycleKind")}
        description={KIND_HELP[v.cycleKind]}
        errors={errorsFor("cycleKind")}
      />
      {/* Kept in the form when hidden, so the day survives a switch to anniversary billing. */}
      <div className={v.cycleKind === "fixed" ? undefined : "hidden"}>
        <ChoiceField
          name="cycleDay"
          label="Cycle day"
          options={DAYS}
          value={v.cycleDay}
          onChange={set("cycleDay")}
          description="Days 1 to 28, so every month has it."
          errors={errorsFor("cycleDay")}
        />
      </div>
      <TextField
        name="issueLeadDays"
        label="Issue invoices (days before the period)"
        inputMode="numeric"
        value={v.issueLeadDays}
        onChange={set("issueLeadDays")}
        description="0 to 28. With 0 the invoice is issued on the period's first day."
        errors={errorsFor("issueLeadDays")}
      />
      <TextField
        name="dueDays"
        label="Due (days after issue)"
        inputMode="numeric"
        value={v.dueDays}
        onChange={set("dueDays")}
        description="0 to 90; usually 7."
        errors={errorsFor("dueDays")}
      />
      <TextField
        name="graceDays"
        label="Grace (days after due)"
        inputMode="numeric"
        value={v.graceDays}
        onChange={set("graceDays")}
        description="0 to 90; usually 5. An unpaid account is suspended after the grace days."
        errors={errorsFor("graceDays")}
      />
      {example ? (
        <p className="rounded-md bg-muted px-3 py-2 text-sm text-muted-foreground sm:col-span-2" aria-live="polite">
          {example}
        </p>
      ) : null}
    </Section>
  );
}
