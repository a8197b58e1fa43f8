"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { NapDetail } from "@/db/queries/plant-details";
import { NAP_SPLITTER_RATIOS } from "@/lib/plant/ratios";
import { toOptions, type Option, type RedirectAction } from "./form-types";
import { GpsFields } from "./gps-fields";
import { FormButtons, NotesField } from "./olt-form";

type Props = { action: RedirectAction; values?: NapDetail; lcpId?: string; barangays: Option[]; lcps: Option[]; submitLabel: string; cancelHref: string };

export function NapForm({ action, values, lcpId, barangays, lcps, submitLabel, cancelHref }: Props) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4" aria-label={submitLabel}>
      <FormMessage state={state} />
      {values ? <input type="hidden" name="id" value={values.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="code" label="Code" defaultValue={values?.code} placeholder="NAP-12" autoComplete="off" errors={errorsFor("code")} />
        <TextField name="name" label="Name (optional)" defaultValue={values?.name} placeholder="Near the chapel" errors={errorsFor("name")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="lcpId"
          label="Fed from LCP"
          placeholder="Choose the LCP"
          options={toOptions(lcps)}
          defaultValue={values?.lcpId ?? lcpId ?? ""}
          errors={errorsFor("lcpId")}
        />
        <SelectField name="barangayId" label="Barangay" options={[{ value: "", label: "None" }, ...toOptions(barangays)]} defaultValue={values?.barangayId ?? ""} errors={errorsFor("barangayId")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          name="splitterRatio"
          label="Splitter"
          options={NAP_SPLITTER_RATIOS.map((r) => ({ value: String(r), label: `1:${r} (${r} ports)` }))}
          defaultValue={String(values?.ratio ?? 8)}
          errors={errorsFor("splitterRatio")}
        />
        <TextField
          name="distanceFromLcpM"
          label="Distance from the LCP (m)"
          inputMode="numeric"
          defaultValue={values ? String(values.distanceFromLcpM) : ""}
          placeholder="0"
          errors={errorsFor("distanceFromLcpM")}
        />
        <TextField name="poleNumber" label="Pole number" defaultValue={values?.poleNumber} placeholder="P-112" errors={errorsFor("poleNumber")} />
      </div>
      <GpsFields latitude={values?.latitude} longitude={values?.longitude} errorsFor={errorsFor} />
      <NotesField defaultValue={values?.notes} errors={errorsFor("notes")} />
      <FormButtons pending={pending} submitLabel={submitLabel} cancelHref={cancelHref} />
    </form>
  );
}
