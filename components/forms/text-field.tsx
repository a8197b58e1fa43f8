import type { ComponentProps, ReactNode } from "react";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type TextFieldProps = Omit<ComponentProps<typeof Input>, "name"> & {
  name: string;
  label: string;
  errors?: string[];
  description?: ReactNode;
};

/** A labelled input whose error sits right under it and is announced to screen readers. */
export function TextField({ name, label, errors, description, id, ...input }: TextFieldProps) {
  const fieldId = id ?? `field-${name}`;
  const invalid = Boolean(errors?.length);
  return (
    <Field data-invalid={invalid}>
      <FieldLabel htmlFor={fieldId}>{label}</FieldLabel>
      <Input
        id={fieldId}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${fieldId}-error` : description ? `${fieldId}-description` : undefined}
        {...input}
      />
      {description && !invalid ? <FieldDescription id={`${fieldId}-description`}>{description}</FieldDescription> : null}
      <FieldError id={`${fieldId}-error`} errors={errors} />
    </Field>
  );
}
