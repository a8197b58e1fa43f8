"use client";

import { useEffect, useState } from "react";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type Check = { state: "idle" | "checking" | "available" | "unavailable"; message?: string };

/** The subdomain input with a live, debounced availability check. */
export function SubdomainField({
  value,
  onChange,
  rootDomain,
  errors,
}: {
  value: string;
  onChange: (v: string) => void;
  rootDomain: string;
  errors?: string[];
}) {
  const [check, setCheck] = useState<Check>({ state: "idle" });

  useEffect(() => {
    if (!value) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setCheck({ state: "checking" });
      try {
        const res = await fetch(`/api/subdomains?slug=${encodeURIComponent(value)}`, { signal: controller.signal });
        const body = (await res.json()) as { available: boolean; message: string };
        setCheck({ state: body.available ? "available" : "unavailable", message: body.message });
      } catch {
        if (!controller.signal.aborted) setCheck({ state: "idle" });
      }
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  const serverError = errors?.length ? errors : undefined;
  const liveError = !serverError && value && check.state === "unavailable" ? [check.message ?? ""] : undefined;
  const invalid = Boolean(serverError || liveError);
  return (
    <Field data-invalid={invalid}>
      <FieldLabel htmlFor="field-subdomain">Subdomain</FieldLabel>
      <div className="flex items-center rounded-md border border-input shadow-xs focus-within:ring-[3px] focus-within:ring-ring/50 aria-invalid:border-destructive" aria-invalid={invalid || undefined}>
        <Input
          id="field-subdomain"
          name="subdomain"
          value={value}
          onChange={(e) => onChange(e.target.value.toLowerCase())}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? "field-subdomain-error" : "field-subdomain-status"}
          className="border-0 shadow-none focus-visible:ring-0"
        />
        <span className="pr-3 text-sm whitespace-nowrap text-muted-foreground">.{rootDomain}</span>
      </div>
      <FieldError id="field-subdomain-error" errors={serverError ?? liveError} />
      {!invalid ? (
        <FieldDescription id="field-subdomain-status" aria-live="polite">
          {!value
            ? "Your staff will sign in at this address."
            : check.state === "checking"
              ? "Checking…"
              : check.state === "available"
                ? <span className="text-success">{check.message}</span>
                : "Your staff will sign in at this address."}
        </FieldDescription>
      ) : null}
    </Field>
  );
}
