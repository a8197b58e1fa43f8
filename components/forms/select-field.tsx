import type { ComponentProps } from "react";
import { Field, FieldError, FieldLabel } from "@/components/ui/field";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";

type SelectFieldProps = Omit<ComponentProps<typeof NativeSelect>, "name"> & {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  /** A first, disabled option shown until the user picks ("Choose a role"). */
  placeholder?: string;
  errors?: string[];
};

/** A labelled native select whose error sits under it and is announced with it. */
export function SelectField({ name, label, options, placeholder, errors, id, ...select }: SelectFieldProps) {
  const fieldId = id ?? `field-${name}`;
  const invalid = Boolean(errors?.length);
  return (
    <Field data-invalid={invalid}>
      <FieldLabel htmlFor={fieldId}>{label}</FieldLabel>
      <NativeSelect
        id={fieldId}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${fieldId}-error` : undefined}
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
      <FieldError id={`${fieldId}-error`} errors={errors} />
    </Field>
  );
}
