"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { PortRow } from "@/db/queries/plant-details";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

/** Marks a free port faulty (a broken adapter) or a faulty one free again; connected ports change only through jobs. */
export function PortConditionForm({ action, ports }: { action: Action; ports: PortRow[] }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action, { refreshOnSuccess: true });
  const choices = ports.filter((p) => p.state === "free" || p.state === "faulty");
  if (choices.length === 0) return null;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Port condition">
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          name="portId"
          label="Port"
          options={choices.map((p) => ({ value: p.id, label: `Port ${p.portNumber} (${p.state})` }))}
          errors={errorsFor("portId")}
        />
        <SelectField
          name="state"
          label="Mark as"
          options={[
            { value: "faulty", label: "Faulty" },
            { value: "free", label: "Free (repaired)" },
          ]}
          errors={errorsFor("state")}
        />
        <TextField name="note" label="Note" placeholder="Broken adapter" errors={errorsFor("note")} />
      </div>
      <Button type="submit" variant="outline" size="sm" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Save port"}
      </Button>
    </form>
  );
}
