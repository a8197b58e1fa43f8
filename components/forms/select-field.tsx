import type { ComponentProps, ReactNode } from "react";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";

type SelectFieldProps = Omit<ComponentProps<typeof NativeSelect>, "name"> & {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  /** A first, disabled option shown until the user picks ("Choose a role"). */
  placeholder?: string;
  errors?: string[];
  description?: ReactNode;
};

/** A labelled native select whose error sits under it and is announced with it. */
export function SelectField({ name, label, options, placeholder, errors, description, id, ...select }: SelectFieldProps) {
  const fieldId = id ?? `field-${name}`;
  const invalid = Boolean(errors?.length);
  return (
    <Field data-invalid={invalid}>
      <FieldLabel htmlFor={fieldId}>{label}</FieldLabel>
      <NativeSelect
        id={fieldId}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${fieldId}-error` : description ? `${fieldId}-description` : undefined}
        {...(placeholder ? { defaultValue: "" } : {})}
        {...select}
      >
        {placeholder ? (
          <NativeSelectOption value="" disabled>
            {placeholder}
          </NativeSelectOption>
        ) : null}
        {options.map((o) => (
          <NativeSelectOption key={o.value} value={o.value}>
            {o.label}
          </NativeSelectOption>
        ))}
      </NativeSelect>
      {description && !invalid ? <FieldDescription id={`${fieldId}-description`}>{description}</FieldDescription> : null}
      <FieldError id={`${fieldId}-error`} errors={errors} />
    </Field>
  );
}
