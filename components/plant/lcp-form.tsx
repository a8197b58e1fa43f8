"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { LcpDetail } from "@/db/queries/plant-details";
import { LCP_SPLITTER_RATIOS } from "@/lib/plant/ratios";
import { toOptions, type Option, type RedirectAction } from "./form-types";
import { GpsFields } from "./gps-fields";
import { FormButtons, NotesField } from "./olt-form";

type Props = { action: RedirectAction; values?: LcpDetail; barangays: Option[]; ponPorts: Option[]; submitLabel: string; cancelHref: string };

export function LcpForm({ action, values, barangays, ponPorts, submitLabel, cancelHref }: Props) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4" aria-label={submitLabel}>
      <FormMessage state={state} />
      {values ? <input type="hidden" name="id" value={values.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="code" label="Code" defaultValue={values?.code} placeholder="LCP-01" autoComplete="off" errors={errorsFor("code")} />
        <TextField name="name" label="Name (optional)" defaultValue={values?.name} placeholder="Carmen Highway" errors={errorsFor("name")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="barangayId" label="Barangay" options={[{ value: "", label: "None" }, ...toOptions(barangays)]} defaultValue={values?.barangayId ?? ""} errors={errorsFor("barangayId")} />
        <SelectField
          name="ponPortId"
          label="Fed from PON port"
          options={[{ value: "", label: "Not recorded yet" }, ...toOptions(ponPorts)]}
          defaultValue={values?.ponPortId ?? ""}
          errors={errorsFor("ponPortId")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="splitterRatio"
          label="Splitter"
          options={LCP_SPLITTER_RATIOS.map((r) => ({ value: String(r), label: `1:${r}` }))}
          defaultValue={String(values?.ratio ?? 8)}
          errors={errorsFor("splitterRatio")}
        />
        <TextField
          name="feederLengthM"
          label="Feeder length from the OLT (m)"
          inputMode="numeric"
          defaultValue={values ? String(values.feederLengthM) : ""}
          placeholder="0"
          description="Used by the loss check; leave empty if unknown."
          errors={errorsFor("feederLengthM")}
        />
      </div>
      <GpsFields latitude={values?.latitude} longitude={values?.longitude} errorsFor={errorsFor} />
      <NotesField defaultValue={values?.notes} errors={errorsFor("notes")} />
      <FormButtons pending={pending} submitLabel={submitLabel} cancelHref={cancelHref} />
    </form>
  );
}
