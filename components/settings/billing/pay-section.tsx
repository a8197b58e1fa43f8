import { TextField } from "@/components/forms/text-field";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { MAX_BANK_ACCOUNTS } from "@/lib/validations/billing-settings";
import type { BillingFormValues } from "./form-values";
import { Section, type ErrorsFor } from "./section";

/** A multi-line field whose error sits under it, like TextField's. */
function TextAreaField(props: { name: string; label: string; defaultValue: string; placeholder: string; description: string; rows: number; errors?: string[] }) {
  const id = `field-${props.name}`;
  const invalid = Boolean(props.errors?.length);
  return (
    <Field data-invalid={invalid} className="sm:col-span-2">
      <FieldLabel htmlFor={id}>{props.label}</FieldLabel>
      <Textarea
        id={id}
        name={props.name}
        rows={props.rows}
        defaultValue={props.defaultValue}
        placeholder={props.placeholder}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : `${id}-description`}
      />
      {!invalid ? <FieldDescription id={`${id}-description`}>{props.description}</FieldDescription> : null}
      <FieldError id={`${id}-error`} errors={props.errors} />
    </Field>
  );
}

/** Where and how customers pay: printed on every bill, under the amount due. */
export function PaySection({ values, errorsFor }: { values: BillingFormValues; errorsFor: ErrorsFor }) {
  return (
    <Section
      id="how-to-pay"
      title="How customers pay"
      description="Printed on every bill under the amount due, and shown on the invoice page. Leave out what you do not accept."
    >
      <TextField
        name="gcashNumber"
        label="GCash number"
        type="tel"
        inputMode="tel"
        placeholder="0917 123 4567"
        autoComplete="off"
        defaultValue={values.gcashNumber}
        errors={errorsFor("gcashNumber")}
      />
      <TextField
        name="gcashName"
        label="GCash account name"
        autoComplete="off"
        placeholder="e.g. Juan Dela Cruz"
        defaultValue={values.gcashName}
        description="Customers check the name before they send money."
        errors={errorsFor("gcashName")}
      />
      <TextField
        name="mayaNumber"
        label="Maya number"
        type="tel"
        inputMode="tel"
        placeholder="0918 123 4567"
        autoComplete="off"
        defaultValue={values.mayaNumber}
        errors={errorsFor("mayaNumber")}
      />
      <TextField name="mayaName" label="Maya account name" autoComplete="off" defaultValue={values.mayaName} errors={errorsFor("mayaName")} />
      <TextAreaField
        name="bankAccounts"
        label="Bank accounts"
        rows={3}
        defaultValue={values.bankAccounts}
        placeholder={"BDO Savings 0012 3456 7890, JDC Fiber Internet Services\nLandBank Current 1234-5678-90, Juan Dela Cruz"}
        description={`One account a line, as the bill should print it: bank, account number, account name. At most ${MAX_BANK_ACCOUNTS}.`}
        errors={errorsFor("bankAccounts")}
      />
      <TextAreaField
        name="officeHours"
        label="Office hours"
        rows={2}
        defaultValue={values.officeHours}
        placeholder="Mon–Sat 8:00 AM – 5:00 PM at our office, 12 Corrales Ave, Carmen"
        description="When and where customers can pay in cash."
        errors={errorsFor("officeHours")}
      />
    </Section>
  );
}
