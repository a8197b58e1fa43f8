"use client";

import { useState } from "react";
import { TextField } from "@/components/forms/text-field";
import type { BillingFormValues } from "./form-values";
import { Section, type ErrorsFor } from "./section";

function preview(prefix: string, next: string, padding: number): string | null {
  if (!/^\d{1,12}$/.test(next.trim()) || Number(next) < 1) return null;
  return `${prefix.trim().toUpperCase()}${next.trim().padStart(padding, "0")}`;
}

type SeriesName = "invoice" | "receipt";
const HELP: Record<SeriesName, { prefixLabel: string; nextLabel: string; what: string }> = {
  invoice: { prefixLabel: "Invoice prefix", nextLabel: "Next invoice number", what: "Next invoice" },
  receipt: { prefixLabel: "Payment receipt prefix", nextLabel: "Next receipt number", what: "Next payment receipt" },
};

function SeriesFields({ series, values, errorsFor }: { series: SeriesName; values: BillingFormValues; errorsFor: ErrorsFor }) {
  const start = values[series];
  const [prefix, setPrefix] = useState(start.prefix);
  const [next, setNext] = useState(String(start.nextValue));
  const example = preview(prefix, next, start.padding);
  const text = HELP[series];
  return (
    <>
      <TextField
        name={`${series}Prefix`}
        label={text.prefixLabel}
        value={prefix}
        onChange={(e) => setPrefix(e.target.value)}
        autoComplete="off"
        description={example ? `${text.what}: ${example}` : "Letters, numbers and hyphens; up to 10."}
        errors={errorsFor(`${series}Prefix`)}
      />
      <TextField
        name={`${series}NextNumber`}
        label={text.nextLabel}
        inputMode="numeric"
        value={next}
        onChange={(e) => setNext(e.target.value)}
        autoComplete="off"
        description={`Can only move forward: ${start.nextValue} or more.`}
        errors={errorsFor(`${series}NextNumber`)}
      />
      {/* What the form loaded with: the server tells "left alone" from "moved back" with it. */}
      <input type="hidden" name={`${series}NextNumberShown`} value={start.nextValue} />
    </>
  );
}

/** Prefixes and next numbers of the two gapless document series. */
export function NumbersSection({ values, errorsFor }: { values: BillingFormValues; errorsFor: ErrorsFor }) {
  return (
    <Section
      id="numbers"
      title="Document numbers"
      description={
        <>
          Invoices (the primary document for your services) and payment receipts (supplementary, since RR 7-2024) are numbered in order without
          gaps. A number is never reused, not even for a voided document. Move the next number forward to continue from your previous system.
        </>
      }
    >
      <SeriesFields series="invoice" values={values} errorsFor={errorsFor} />
      <SeriesFields series="receipt" values={values} errorsFor={errorsFor} />
    </Section>
  );
}
