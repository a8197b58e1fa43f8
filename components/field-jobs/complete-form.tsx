"use client";

import { useCallback, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { GpsFields } from "@/components/plant/gps-fields";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import type { FieldJobKind } from "@/db/schema/plant";
import type { ActionResult } from "@/lib/actions/result";
import { SerialScanner } from "./serial-scanner";

type Action = (prev: ActionResult<{ message: string; signalFlag: string | null }> | null, formData: FormData) => Promise<ActionResult<{ message: string; signalFlag: string | null }>>;

type Props = {
  action: Action;
  jobId: string;
  kind: FieldJobKind;
  today: string;
  /** The device scheduled for the job, shown as the default serial. */
  deviceSerial: string | null;
  hasPreviousPort: boolean;
  hasPreviousDevice: boolean;
};

/**
 * The technician's completion form, made for a phone at the customer's door:
 * scan or type the device's serial, take the premises' location from the
 * phone, the drop length and the ONU's receive power.
 */
export function CompleteJobForm({ action, jobId, kind, today, deviceSerial, hasPreviousPort, hasPreviousDevice }: Props) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action, { refreshOnSuccess: true });
  const [serial, setSerial] = useState(deviceSerial ?? "");
  const onSerial = useCallback((s: string) => setSerial(s.trim().toUpperCase()), []);
  const installs = kind === "installation" || kind === "device_swap";
  const measures = kind !== "pull_out";
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Complete job">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={jobId} />
      <TextField name="completedOn" label="Done on" type="date" defaultValue={today} errors={errorsFor("completedOn")} className="sm:max-w-48" />
      {installs ? (
        <div className="flex flex-col gap-2">
          <TextField
            name="deviceSerial"
            label={kind === "installation" ? "ONU serial" : "New device serial"}
            value={serial}
            onChange={(e) => setSerial(e.target.value)}
            autoCapitalize="characters"
            autoComplete="off"
            className="font-mono"
            description="As printed on the label. Another device from stock can be used: its serial is enough."
            errors={errorsFor("deviceSerial") ?? errorsFor("deviceId")}
          />
          <SerialScanner onSerial={onSerial} />
        </div>
      ) : null}
      {measures ? (
        <>
          <GpsFields errorsFor={errorsFor} label="Record the premises location" />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="dropLengthM" label="Drop cable length (m)" inputMode="numeric" placeholder="80" errors={errorsFor("dropLengthM")} />
            <TextField name="rxPowerDbm" label="ONU receive power (dBm)" inputMode="decimal" placeholder="-19.5" description="As the ONU or the power meter reads it: a negative number." errors={errorsFor("rxPowerDbm")} />
          </div>
        </>
      ) : null}
      {hasPreviousPort ? (
        <SelectField
          name="previousPortState"
          label="The port it leaves"
          options={[
            { value: "free", label: "Free for another subscriber" },
            { value: "faulty", label: "Faulty (do not use)" },
          ]}
          errors={errorsFor("previousPortState")}
        />
      ) : null}
      {hasPreviousDevice ? (
        <SelectField
          name="previousDeviceStatus"
          label="The device taken away"
          options={[
            { value: "in_stock", label: "Back to stock (works)" },
            { value: "returned", label: "Returned, to be checked" },
            { value: "defective", label: "Defective" },
            { value: "lost", label: "Not recovered (lost)" },
          ]}
          errors={errorsFor("previousDeviceStatus")}
        />
      ) : null}
      <div className="flex flex-col gap-2">
        <label htmlFor="field-complete-notes" className="text-sm font-medium">
          Notes
        </label>
        <Textarea id="field-complete-notes" name="notes" rows={3} />
      </div>
      <Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto sm:self-start">
        {pending ? "Saving…" : "Mark job done"}
      </Button>
    </form>
  );
}
