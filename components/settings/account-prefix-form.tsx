"use client";

import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

export function AccountPrefixForm({ action, prefix, nextValue, padding }: { action: Action; prefix: string; nextValue: number; padding: number }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const [value, setValue] = useState(prefix);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4" aria-label="Account number prefix">
      <FormMessage state={state} />
      <TextField
        name="prefix"
        label="Account number prefix"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        description={`The next customer gets ${value.toUpperCase()}${String(nextValue).padStart(padding, "0")}.`}
        errors={errorsFor("prefix")}
      />
      <Button type="submit" disabled={pending} className="self-start">
        Save
      </Button>
    </form>
  );
}
