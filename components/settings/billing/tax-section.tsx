"use client";

import { useState } from "react";
import { TextField } from "@/components/forms/text-field";
import { parsePercentBp, TAX_MODES } from "@/lib/validations/billing-settings";
import { ChoiceField } from "./choice-field";
import type { BillingFormValues } from "./form-values";
import { Section, type ErrorsFor } from "./section";
import { taxExample } from "./tax-example";

const LABELS: Record<(typeof TAX_MODES)[number], string> = {
  none: "Not VAT-registered",
  vat_inclusive: "VAT included in prices",
  vat_exclusive: "VAT added on top of prices",
};

/** VAT status and rate, with a live example of what the choice does to a bill. */
export function TaxSection({ values, errorsFor }: { values: BillingFormValues; errorsFor: ErrorsFor }) {
  const [mode, setMode] = useState(values.taxMode);
  const [rate, setRate] = useState(values.vatRate);
  return (
    <Section
      id="tax"
      title="Tax"
      description="Whether you are VAT-registered and, if you are, whether your plan prices already include VAT (12%) or it is added on top."
    >
      <ChoiceField
        name="taxMode"
        label="VAT"
        className="sm:col-span-2"
        options={TAX_MODES.map((m) => ({ value: m, label: LABELS[m] }))}
        value={mode}
        onChange={(e) => setMode(e.target.value as BillingFormValues["taxMode"])}
        description={<span aria-live="polite">{taxExample(mode, parsePercentBp(rate))}</span>}
        errors={errorsFor("taxMode")}
      />
      {/* Kept in the form when hidden, so the rate survives a switch to "not registered". */}
      <div className={mode === "none" ? "hidden" : undefined}>
        <TextField
          name="vatRate"
          label="VAT rate (%)"
          inputMode="decimal"
          value={rate}
          onChange={(e) => setRate(e.target.value)}
          description="12% in the Philippines; change it only if the law changes."
          errors={errorsFor("vatRate")}
        />
      </div>
    </Section>
  );
}
