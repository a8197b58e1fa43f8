import type { ComponentProps, ReactNode } from "react";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";

type ChoiceFieldProps = Omit<ComponentProps<typeof NativeSelect>, "name"> & {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  description?: ReactNode;
  errors?: string[];
};

/** A labelled select with a line of help under it that can follow the choice. */
export function ChoiceField({ name, label, options, description, errors, className, ...select }: ChoiceFieldProps) {
  const id = `field-${name}`;
  const invalid = Boolean(errors?.length);
  return (
    <Field data-invalid={invalid} className={className}>
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      <NativeSelect
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : description ? `${id}-description` : undefined}
        {...select}
      >
        {options.map((o) => (
          <NativeSelectOption key={o.value} value={o.value}>
            {o.label}
          </NativeSelectOption>
        ))}
      </NativeSelect>
      {description ? <FieldDescription id={`${id}-description`}>{description}</FieldDescription> : null}
      <FieldError id={`${id}-error`} errors={errors} />
    </Field>
  );
}
