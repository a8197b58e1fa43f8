import * as React from "react";

import { cn } from "@/lib/utils";
import { Label } from "@/components/ui/label";

/**
 * Minimal version of shadcn/ui's Field family.
 * Usage:
 *   <Field data-invalid={!!errors}>
 *     <FieldLabel htmlFor="email">Email</FieldLabel>
 *     <Input id="email" aria-invalid={!!errors} aria-describedby="email-error" />
 *     <FieldError id="email-error" errors={errors} />
 *   </Field>
 */

function FieldSet({ className, ...props }: React.ComponentProps<"fieldset">) {
  return (
    <fieldset
      data-slot="field-set"
      className={cn("flex min-w-0 flex-col gap-6", className)}
      {...props}
    />
  );
}

function FieldLegend({
  className,
  variant = "legend",
  ...props
}: React.ComponentProps<"legend"> & { variant?: "legend" | "label" }) {
  return (
    <legend
      data-slot="field-legend"
      data-variant={variant}
      className={cn(
        "mb-3 font-medium data-[variant=label]:text-sm data-[variant=legend]:text-base",
        className,
      )}
      {...props}
    />
  );
}

function FieldGroup({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="field-group"
      className={cn("flex w-full flex-col gap-6", className)}
      {...props}
    />
  );
}

function Field({
  className,
  "data-invalid": dataInvalid,
  ...props
}: React.ComponentProps<"div"> & { "data-invalid"?: boolean | "true" | "false" }) {
  return (
    <div
      role="group"
      data-slot="field"
      data-invalid={dataInvalid === true || dataInvalid === "true" ? "true" : undefined}
      className={cn(
        "group/field flex w-full flex-col gap-2 data-[invalid=true]:text-destructive",
        className,
      )}
      {...props}
    />
  );
}

function FieldLabel({ className, ...props }: React.ComponentProps<typeof Label>) {
  return (
    <Label
      data-slot="field-label"
      className={cn(
        "w-fit leading-snug group-data-[disabled=true]/field:opacity-50",
        className,
      )}
      {...props}
    />
  );
}

function FieldDescription({ className, ...props }: React.ComponentProps<"p">) {
  return (
    <p
      data-slot="field-description"
      className={cn(
        "text-sm leading-normal font-normal text-muted-foreground [&>a]:underline [&>a]:underline-offset-4 [&>a:hover]:text-primary",
        className,
      )}
      {...props}
    />
  );
}

function FieldError({
  className,
  children,
  errors,
  ...props
}: React.ComponentProps<"p"> & { errors?: readonly (string | null | undefined)[] }) {
  const message =
    children ?? errors?.find((e): e is string => typeof e === "string" && e.length > 0);

  if (message === undefined || message === null || message === false || message === "") {
    return null;
  }

  return (
    <p
      role="alert"
      data-slot="field-error"
      className={cn("text-sm font-normal text-destructive", className)}
      {...props}
    >
      {message}
    </p>
  );
}

export { Field, FieldLabel, FieldDescription, FieldError, FieldGroup, FieldSet, FieldLegend };
