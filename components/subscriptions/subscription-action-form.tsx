"use client";

import { useEffect } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { SubscriptionAction } from "@/lib/subscriptions/transitions";
import { PlanSelect } from "./plan-select";
import type { PlanChoice, SubscriptionFormAction } from "./types";

type Shape = { title: string; dateLabel: string; reason?: { label: string; placeholder: string }; submit: string; destructive?: boolean };

const SHAPES: Record<SubscriptionAction, Shape> = {
  activate: { title: "Activate", dateLabel: "Activation date", submit: "Activate subscription" },
  change_plan: { title: "Change plan", dateLabel: "Effective date", submit: "Save new plan" },
  suspend: {
    title: "Suspend",
    dateLabel: "Suspended from",
    reason: { label: "Reason", placeholder: "Unpaid, customer request…" },
    submit: "Suspend subscription",
  },
  resume: { title: "Resume", dateLabel: "Resumed on", submit: "Resume subscription" },
  cancel: {
    title: "Cancel subscription",
    dateLabel: "Cancellation date",
    reason: { label: "Reason", placeholder: "Moved away, switched provider…" },
    submit: "Cancel subscription",
    destructive: true,
  },
};

/** One subscription action as a small inline form; errors sit next to their fields and typed values survive them. */
export function SubscriptionActionForm({
  kind,
  action,
  subscriptionId,
  today,
  plans,
  onDone,
  onClose,
}: {
  kind: SubscriptionAction;
  action: SubscriptionFormAction;
  subscriptionId: string;
  today: string;
  plans: PlanChoice[];
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const shape = SHAPES[kind];
  const fieldId = (name: string) => `sub-${subscriptionId}-${kind}-${name}`;
  useEffect(() => {
    if (state?.ok) onDone(state.data.message);
  }, [state, onDone]);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={shape.title} className="flex flex-col gap-4 rounded-lg border bg-muted/30 p-4">
      <h4 className="text-sm font-medium">{shape.title}</h4>
      {state && !state.ok ? <FormMessage state={state} /> : null}
      <input type="hidden" name="id" value={subscriptionId} />
      <div className="grid gap-4 sm:grid-cols-2">
        {kind === "change_plan" ? <PlanSelect id={fieldId("plan")} label="New plan" plans={plans} errors={errorsFor("planId")} /> : null}
        <TextField id={fieldId("date")} name="date" type="date" label={shape.dateLabel} defaultValue={today} errors={errorsFor("date")} />
        {shape.reason ? (
          <TextField
            id={fieldId("reason")}
            name="reason"
            label={shape.reason.label}
            placeholder={shape.reason.placeholder}
            autoComplete="off"
            errors={errorsFor("reason")}
          />
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" variant={shape.destructive ? "destructive" : "default"} disabled={pending}>
          {pending ? "Saving…" : shape.submit}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onClose} disabled={pending}>
          Close
        </Button>
      </div>
    </form>
  );
}
