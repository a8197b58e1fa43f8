"use client";

import Link from "next/link";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FieldError, FieldLabel } from "@/components/ui/field";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { FreePortChoice } from "@/db/queries/plant-details";
import type { FieldJobKind } from "@/db/schema/plant";
import type { RedirectAction } from "@/components/plant/form-types";
import { JOB_KIND_HINT, JOB_KIND_LABEL } from "./labels";

type Props = {
  action: RedirectAction;
  subscriptionId: string;
  kinds: FieldJobKind[];
  today: string;
  naps: FreePortChoice[];
  devices: { id: string; label: string }[];
  technicians: { id: string; label: string }[];
  cancelHref: string;
};

const NEEDS_PORT: FieldJobKind[] = ["installation", "relocation", "port_swap"];
const NEEDS_DEVICE: FieldJobKind[] = ["installation", "device_swap"];

/**
 * Schedules a plant job: the port to connect (NAPs in the customer's barangay
 * first, most free ports first), the device from stock, the day and who goes.
 */
export function ScheduleJobForm({ action, subscriptionId, kinds, today, naps, devices, technicians, cancelHref }: Props) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const [kind, setKind] = useState<FieldJobKind>(kinds[0]!);
  const [napId, setNapId] = useState(naps[0]?.napId ?? "");
  const nap = naps.find((n) => n.napId === napId);
  const portErrors = errorsFor("napPortId");
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4" aria-label="Schedule job">
      <FormMessage state={state} />
      <input type="hidden" name="subscriptionId" value={subscriptionId} />
      <SelectField
        name="kind"
        label="Job"
        options={kinds.map((k) => ({ value: k, label: JOB_KIND_LABEL[k] }))}
        value={kind}
        onChange={(e) => setKind(e.target.value as FieldJobKind)}
        description={JOB_KIND_HINT[kind]}
        errors={errorsFor("kind")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="scheduledOn" label="Visit on" type="date" defaultValue={today} errors={errorsFor("scheduledOn")} />
        <SelectField name="technicianId" label="Technician" options={[{ value: "", label: "Not assigned yet" }, ...technicians.map((t) => ({ value: t.id, label: t.label }))]} errors={errorsFor("technicianId")} />
      </div>
      {NEEDS_PORT.includes(kind) ? (
        naps.length === 0 ? (
          <p className="rounded-md border border-destructive/40 p-3 text-sm text-destructive">
            No NAP has a free port. Add a NAP or free a port first (Network › Plant).
          </p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field>
              <FieldLabel htmlFor="field-nap">NAP</FieldLabel>
              <NativeSelect id="field-nap" value={napId} onChange={(e) => setNapId(e.target.value)}>
                {naps.map((n) => (
                  <NativeSelectOption key={n.napId} value={n.napId}>
                    {n.napCode} · {n.free} free{n.barangayName ? ` · ${n.barangayName}` : ""}
                    {n.sameBarangay ? " (customer's barangay)" : ""}
                  </NativeSelectOption>
                ))}
              </NativeSelect>
            </Field>
            <Field data-invalid={Boolean(portErrors?.length)}>
              <FieldLabel htmlFor="field-napPortId">Port</FieldLabel>
              <NativeSelect id="field-napPortId" name="napPortId" key={napId} defaultValue={nap?.firstFreePortId} aria-invalid={portErrors?.length ? true : undefined}>
                {(nap?.ports ?? []).map((p) => (
                  <NativeSelectOption key={p.id} value={p.id}>
                    Port {p.portNumber}
                  </NativeSelectOption>
                ))}
              </NativeSelect>
              <FieldError id="field-napPortId-error" errors={portErrors} />
            </Field>
          </div>
        )
      ) : null}
      {NEEDS_DEVICE.includes(kind) ? (
        <SelectField
          name="deviceId"
          label={kind === "device_swap" ? "Replacement device" : "Device (optional now; the technician can scan it on site)"}
          options={[{ value: "", label: devices.length ? "Choose on site" : "No device in stock" }, ...devices.map((d) => ({ value: d.id, label: d.label }))]}
          errors={errorsFor("deviceId")}
        />
      ) : null}
      <div className="flex flex-col gap-2">
        <label htmlFor="field-notes" className="text-sm font-medium">
          Notes for the technician
        </label>
        <Textarea id="field-notes" name="notes" rows={3} placeholder="Landmark, best time to visit" />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Scheduling…" : "Schedule job"}
        </Button>
        <Button asChild variant="ghost">
          <Link href={cancelHref}>Cancel</Link>
        </Button>
      </div>
    </form>
  );
}
