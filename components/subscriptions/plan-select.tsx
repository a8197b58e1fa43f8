import { Field, FieldError, FieldLabel } from "@/components/ui/field";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { formatSpeed } from "@/components/plans/plan-speed";
import { formatPesos } from "@/lib/money";
import type { PlanChoice } from "./types";

/** A labelled picker of active plans (archived ones are never offered), its error right under it. */
export function PlanSelect({ id, label, plans, errors }: { id: string; label: string; plans: PlanChoice[]; errors?: string[] }) {
  const invalid = Boolean(errors?.length);
  return (
    <Field data-invalid={invalid}>
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      <NativeSelect
        id={id}
        name="planId"
        defaultValue=""
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
      >
        <NativeSelectOption value="" disabled>
          Choose a plan
        </NativeSelectOption>
        {plans.map((p) => (
          <NativeSelectOption key={p.id} value={p.id}>
            {p.name} · {formatSpeed(p.downloadMbps, p.uploadMbps)} · {formatPesos(p.monthlyFee)}/mo
          </NativeSelectOption>
        ))}
      </NativeSelect>
      <FieldError id={`${id}-error`} errors={errors} />
    </Field>
  );
}
