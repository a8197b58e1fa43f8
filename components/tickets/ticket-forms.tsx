"use client";

import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FieldError, FieldLabel } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { TicketStatus } from "@/db/schema/tickets";
import type { ActionResult } from "@/lib/actions/result";
import { TICKET_STATUS_LABEL } from "./labels";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

/** An internal note on the timeline (staff only; never sent to the customer). */
export function TicketNoteForm({ action, ticketId }: { action: Action; ticketId: string }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action, { refreshOnSuccess: true });
  const errors = errorsFor("body");
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Add note">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={ticketId} />
      <Field data-invalid={Boolean(errors?.length)}>
        <FieldLabel htmlFor="field-body">Internal note</FieldLabel>
        <Textarea id="field-body" name="body" rows={3} placeholder="Called the customer: ONU shows red LOS. Needs a visit." aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? "field-body-error" : undefined} />
        <FieldError id="field-body-error" errors={errors} />
      </Field>
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Adding…" : "Add note"}
      </Button>
    </form>
  );
}

/** Moves the ticket along; closing asks how it was resolved. */
export function TicketStatusForm({ action, ticketId, status, codes }: { action: Action; ticketId: string; status: TicketStatus; codes: readonly string[] }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action, { refreshOnSuccess: true });
  const [next, setNext] = useState<TicketStatus>(status);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Change status">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={ticketId} />
      <SelectField
        name="status"
        label="Status"
        value={next}
        onChange={(e) => setNext(e.target.value as TicketStatus)}
        options={Object.entries(TICKET_STATUS_LABEL).map(([value, label]) => ({ value, label }))}
        errors={errorsFor("status")}
      />
      {next === "closed" ? (
        <SelectField name="resolutionCode" label="How was it resolved?" placeholder="Choose one" options={codes.map((c) => ({ value: c, label: c }))} errors={errorsFor("resolutionCode")} />
      ) : null}
      <Button type="submit" variant="outline" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Save status"}
      </Button>
    </form>
  );
}

/** Gives the ticket to someone (or nobody). */
export function TicketAssignForm({ action, ticketId, assigneeId, staff }: { action: Action; ticketId: string; assigneeId: string | null; staff: { id: string; label: string }[] }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action, { refreshOnSuccess: true });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Assign">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={ticketId} />
      <SelectField name="assigneeId" label="Assigned to" defaultValue={assigneeId ?? ""} options={[{ value: "", label: "Nobody" }, ...staff.map((s) => ({ value: s.id, label: s.label }))]} errors={errorsFor("assigneeId")} />
      <Button type="submit" variant="outline" disabled={pending} className="self-start">
        {pending ? "Saving…" : "Assign"}
      </Button>
    </form>
  );
}
