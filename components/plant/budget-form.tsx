"use client";

import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { OpticalBudget } from "@/lib/plant/loss-check";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

/** The loss check's figures: splitter losses, fibre loss, connectors, and when a reading is flagged. */
export function BudgetForm({ action, budget }: { action: Action; budget: OpticalBudget }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const loss = (r: string) => String(budget.splitterLossDb[r] ?? "");
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4" aria-label="Optical budget">
      <FormMessage state={state} />
      <fieldset className="grid gap-4 sm:grid-cols-5">
        <legend className="mb-2 text-sm font-medium">Splitter loss (dB)</legend>
        {["2", "4", "8", "16", "32"].map((r) => (
          <TextField key={r} name={`loss${r}`} label={`1:${r}`} inputMode="decimal" defaultValue={loss(r)} errors={errorsFor(`loss${r}`)} />
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="fibreLossDbPerKm" label="Fibre loss (dB per km)" inputMode="decimal" defaultValue={String(budget.fibreLossDbPerKm)} errors={errorsFor("fibreLossDbPerKm")} />
        <TextField
          name="connectorAllowanceDb"
          label="Connectors and splices (dB, in all)"
          inputMode="decimal"
          defaultValue={String(budget.connectorAllowanceDb)}
          errors={errorsFor("connectorAllowanceDb")}
        />
        <TextField
          name="toleranceDb"
          label="Flag readings worse than expected by (dB)"
          inputMode="decimal"
          defaultValue={String(budget.toleranceDb)}
          errors={errorsFor("toleranceDb")}
        />
        <TextField name="minimumRxDbm" label="Flag readings below (dBm)" inputMode="decimal" defaultValue={String(budget.minimumRxDbm)} errors={errorsFor("minimumRxDbm")} />
      </div>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Save optical budget"}
      </Button>
    </form>
  );
}
