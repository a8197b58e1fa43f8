"use client";

import { useMemo, useState } from "react";
import { CircleCheck } from "lucide-react";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { DeviceStatus } from "@/db/schema/plant";
import type { ActionResult } from "@/lib/actions/result";
import { DEVICE_STATUS_LABELS } from "@/lib/equipment/status";

export type MoveAction = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

type Props = {
  deviceId: string;
  status: DeviceStatus;
  technicianId: string | null;
  staff: { id: string; label: string }[];
  actions: { handOver: MoveAction; returnToStock: MoveAction; writeOff: MoveAction };
};

const WRITE_OFFS = ["returned", "defective", "lost"] as const;

/**
 * What can be done with a device that is not on a line: hand it to a
 * technician, take it back to stock, or mark it returned, defective or lost.
 * An answer arrives with the page's new data (the action revalidates it), so
 * the forms start afresh for the new status at once; the confirmation is
 * kept here, above them, since the form that asked is gone by then.
 */
export function DeviceActions({ deviceId, status, technicianId, staff, actions }: Props) {
  const [done, setDone] = useState<string | null>(null);
  const wrapped = useMemo(() => {
    const keep =
      (action: MoveAction): MoveAction =>
      async (prev, formData) => {
        const result = await action(prev, formData);
        setDone(result.ok ? result.data.message : null);
        return result;
      };
    return { handOver: keep(actions.handOver), returnToStock: keep(actions.returnToStock), writeOff: keep(actions.writeOff) };
  }, [actions.handOver, actions.returnToStock, actions.writeOff]);
  const canHandOver = status === "in_stock" || status === "with_technician";
  const others = staff.filter((s) => s.id !== technicianId);
  return (
    <div className="flex flex-col gap-6">
      {done ? (
        <Alert role="status">
          <CircleCheck />
          <AlertDescription>{done}</AlertDescription>
        </Alert>
      ) : null}
      <div key={status + (technicianId ?? "")} className="flex flex-col gap-6">
        {canHandOver ? <HandOverForm action={wrapped.handOver} deviceId={deviceId} staff={others} again={status === "with_technician"} /> : null}
        {status !== "in_stock" ? <ReturnToStockForm action={wrapped.returnToStock} deviceId={deviceId} status={status} /> : null}
        <WriteOffForm action={wrapped.writeOff} deviceId={deviceId} status={status} />
      </div>
    </div>
  );
}

function HandOverForm({ action, deviceId, staff, again }: { action: MoveAction; deviceId: string; staff: { id: string; label: string }[]; again: boolean }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Hand to a technician">
      <h3 className="font-medium">{again ? "Hand to another technician" : "Hand to a technician"}</h3>
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <input type="hidden" name="id" value={deviceId} />
      <SelectField name="technicianId" label="Technician" placeholder="Choose a staff member" options={staff.map((s) => ({ value: s.id, label: s.label }))} errors={errorsFor("technicianId")} />
      <TextField name="note" id="hand-over-note" label="Note (optional)" autoComplete="off" placeholder="For Monday's installations" errors={errorsFor("note")} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Hand over"}
      </Button>
    </form>
  );
}

function ReturnToStockForm({ action, deviceId, status }: { action: MoveAction; deviceId: string; status: DeviceStatus }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const hint = status === "with_technician" ? "The technician brought it back unused." : status === "lost" ? "It was found." : "It was checked and works.";
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Take back to stock">
      <h3 className="font-medium">Take back to stock</h3>
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <input type="hidden" name="id" value={deviceId} />
      <TextField name="note" id="return-note" label="Note (optional)" autoComplete="off" placeholder={hint} errors={errorsFor("note")} />
      <Button type="submit" variant="outline" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Back to stock"}
      </Button>
    </form>
  );
}

function WriteOffForm({ action, deviceId, status }: { action: MoveAction; deviceId: string; status: DeviceStatus }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const options = WRITE_OFFS.filter((s) => s !== status).map((s) => ({ value: s, label: DEVICE_STATUS_LABELS[s] }));
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Mark returned, defective or lost">
      <h3 className="font-medium">Mark returned, defective or lost</h3>
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <input type="hidden" name="id" value={deviceId} />
      <SelectField name="status" label="Mark as" placeholder="Choose" options={options} errors={errorsFor("status")} />
      <TextField name="note" id="write-off-note" label="What happened" autoComplete="off" placeholder="PON light blinks red" errors={errorsFor("note")} />
      <Button type="submit" variant="outline" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Mark"}
      </Button>
    </form>
  );
}
