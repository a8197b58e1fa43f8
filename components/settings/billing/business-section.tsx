import { TextField } from "@/components/forms/text-field";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { BillingFormValues } from "./form-values";
import { LogoField } from "./logo-field";
import { Section, type ErrorsFor } from "./section";

/** Who issues the documents, as registered with the BIR (Form 2303). */
export function BusinessSection({ values, errorsFor }: { values: BillingFormValues; errorsFor: ErrorsFor }) {
  const addressErrors = errorsFor("address");
  return (
    <Section
      id="business"
      title="Business & BIR details"
      description="Printed on every invoice, payment receipt and statement. Copy them from your BIR Certificate of Registration (Form 2303)."
    >
      <div className="sm:col-span-2">
        <TextField
          name="businessName"
          label="Registered business name"
          defaultValue={values.businessName}
          autoComplete="organization"
          description="Exactly as registered, e.g. “Juan Dela Cruz doing business as JDC Fiber”."
          errors={errorsFor("businessName")}
        />
      </div>
      <Field data-invalid={Boolean(addressErrors)} className="sm:col-span-2">
        <FieldLabel htmlFor="field-address">Business address</FieldLabel>
        <Textarea
          id="field-address"
          name="address"
          rows={2}
          defaultValue={values.address}
          placeholder="Street, barangay, city or municipality, province"
          aria-invalid={Boolean(addressErrors) || undefined}
          aria-describedby={addressErrors ? "field-address-error" : "field-address-description"}
        />
        {!addressErrors ? <FieldDescription id="field-address-description">The registered address of this branch.</FieldDescription> : null}
        <FieldError id="field-address-error" errors={addressErrors} />
      </Field>
      <TextField
        name="tin"
        label="TIN"
        defaultValue={values.tin}
        inputMode="numeric"
        placeholder="000-000-000"
        autoComplete="off"
        description="The 9-digit Taxpayer Identification Number. Dashes are optional."
        errors={errorsFor("tin")}
      />
      <TextField
        name="branchCode"
        label="Branch code"
        defaultValue={values.branchCode}
        inputMode="numeric"
        placeholder="0000"
        autoComplete="off"
        description="0000 for the head office. Printed after the TIN: 000-000-000-0000."
        errors={errorsFor("branchCode")}
      />
      <LogoField saved={values.logoDataUrl} errors={errorsFor("logoDataUrl")} />
    </Section>
  );
}
