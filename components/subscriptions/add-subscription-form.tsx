"use client";

import Link from "next/link";
import { Plus } from "lucide-react";
import { useCallback, useEffect, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { PlanSelect } from "./plan-select";
import type { PlanChoice, SubscriptionFormAction } from "./types";

/** "Add subscription" opens a small form: an active plan, a start date (the tenant's today), an optional label. */
export function AddSubscription({
  action,
  customerId,
  today,
  plans,
}: {
  action: SubscriptionFormAction;
  customerId: string;
  today: string;
  plans: PlanChoice[];
}) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const onClose = useCallback(() => setOpen(false), []);
  const onDone = useCallback((m: string) => {
    setOpen(false);
    setMessage(m);
  }, []);
  if (plans.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        No plans on sale to subscribe to.{" "}
        <Link href="/plans" className="underline underline-offset-4">
          Add or unarchive a plan
        </Link>
        .
      </p>
    );
  }
  if (!open) {
    return (
      <div className="flex flex-col gap-2">
        <Button
          type="button"
          size="sm"
          variant="outline"
          className="self-start"
          onClick={() => {
            setMessage(null);
            setOpen(true);
          }}
        >
          <Plus /> Add subscription
        </Button>
        {message ? (
          <p role="status" className="text-sm text-muted-foreground">
            {message}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <NewSubscriptionForm
      action={action}
      customerId={customerId}
      today={today}
      plans={plans}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

function NewSubscriptionForm({
  action,
  customerId,
  today,
  plans,
  onClose,
  onDone,
}: {
  action: SubscriptionFormAction;
  customerId: string;
  today: string;
  plans: PlanChoice[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  useEffect(() => {
    if (state?.ok) onDone(state.data.message);
  }, [state, onDone]);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add subscription" className="flex flex-col gap-4 rounded-lg border bg-muted/30 p-4">
      <h3 className="text-sm font-medium">Add subscription</h3>
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <input type="hidden" name="customerId" value={customerId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <PlanSelect id="new-sub-plan" label="Plan" plans={plans} errors={errorsFor("planId")} />
        <TextField id="new-sub-start" name="startDate" type="date" label="Start date" defaultValue={today} errors={errorsFor("startDate")} />
        <TextField id="new-sub-label" name="label" label="Label (optional)" placeholder="Shop line" autoComplete="off" errors={errorsFor("label")} />
      </div>
      <div className="sm:max-w-xs">
        <TextField
          id="new-sub-billed-elsewhere"
          name="billedElsewhereUntil"
          type="date"
          label="Billed elsewhere until (optional)"
          errors={errorsFor("billedElsewhereUntil")}
          description="Migrated from another system: already billed up to this day. FiberBill bills from the next day, without the installation fee. Leave it empty for a new line: it is billed from its activation, with the installation fee."
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Adding…" : "Add subscription"}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onClose} disabled={pending}>
          Close
        </Button>
      </div>
    </form>
  );
}
