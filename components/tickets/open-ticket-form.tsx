"use client";

import Link from "next/link";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { RedirectAction } from "@/components/plant/form-types";
import { TICKET_PRIORITY_LABEL } from "./labels";

type Option = { id: string; label: string };

/** Opens a ticket for a customer: what they report, about which line, how urgent, for whom. */
export function OpenTicketForm({ action, customerId, lines, categories, staff, cancelHref }: { action: RedirectAction; customerId: string; lines: Option[]; categories: Option[]; staff: Option[]; cancelHref: string }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Open ticket">
      <FormMessage state={state} />
      <input type="hidden" name="customerId" value={customerId} />
      <TextField name="subject" label="What does the customer report?" placeholder="No internet since this morning, red LOS light" errors={errorsFor("subject")} />
      <SelectField name="categoryId" label="Category" placeholder="Choose a category" options={categories.map((c) => ({ value: c.id, label: c.label }))} errors={errorsFor("categoryId")} />
      <SelectField
        name="priority"
        label="Priority"
        defaultValue="normal"
        options={Object.entries(TICKET_PRIORITY_LABEL).map(([value, label]) => ({ value, label }))}
        errors={errorsFor("priority")}
      />
      {lines.length > 0 ? (
        <SelectField name="subscriptionId" label="Line" defaultValue={lines.length === 1 ? lines[0]!.id : ""} options={[{ value: "", label: "Not about one line" }, ...lines.map((l) => ({ value: l.id, label: l.label }))]} errors={errorsFor("subscriptionId")} />
      ) : null}
      <SelectField name="assigneeId" label="Assign to" defaultValue="" options={[{ value: "", label: "Nobody yet" }, ...staff.map((s) => ({ value: s.id, label: s.label }))]} errors={errorsFor("assigneeId")} />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Opening…" : "Open ticket"}
        </Button>
        <Button variant="outline" asChild>
          <Link href={cancelHref}>Cancel</Link>
        </Button>
      </div>
    </form>
  );
}
