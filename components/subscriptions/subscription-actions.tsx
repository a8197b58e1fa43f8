"use client";

import { useCallback, useState } from "react";
import { Button } from "@/components/ui/button";
import { ACTION_LABELS, type SubscriptionAction } from "@/lib/subscriptions/transitions";
import { cn } from "@/lib/utils";
import { SubscriptionActionForm } from "./subscription-action-form";
import type { PlanChoice, SubscriptionFormAction } from "./types";

const DISPLAY_ORDER: SubscriptionAction[] = ["activate", "resume", "suspend", "change_plan", "cancel"];

/**
 * The buttons for what this subscription's status allows (decided on the
 * server by allowedActions); one opens its form at a time. After a success
 * the server re-renders the panel and the outcome stays below the buttons.
 */
export function SubscriptionActions({
  subscriptionId,
  allowed,
  actions,
  today,
  plans,
}: {
  subscriptionId: string;
  allowed: readonly SubscriptionAction[];
  actions: Record<SubscriptionAction, SubscriptionFormAction>;
  today: string;
  plans: PlanChoice[];
}) {
  const [open, setOpen] = useState<SubscriptionAction | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const onDone = useCallback((m: string) => {
    setOpen(null);
    setMessage(m);
  }, []);
  const onClose = useCallback(() => setOpen(null), []);
  // Changing plan needs another plan on sale to move to; cancelling, the final step, comes last.
  const offered = DISPLAY_ORDER.filter((a) => allowed.includes(a) && (a !== "change_plan" || plans.length > 0));
  // The open form stays mounted through the re-render its own success causes
  // (a cancelled subscription allows nothing), so it can report the outcome.
  if (offered.length === 0 && !open && !message) return null;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2 empty:hidden">
        {offered.map((a) => (
          <Button
            key={a}
            type="button"
            size="sm"
            variant={open === a ? "secondary" : "outline"}
            aria-expanded={open === a}
            className={cn(a === "cancel" && "text-destructive hover:text-destructive")}
            onClick={() => {
              setMessage(null);
              setOpen(open === a ? null : a);
            }}
          >
            {ACTION_LABELS[a]}
          </Button>
        ))}
      </div>
      {open ? (
        <SubscriptionActionForm
          key={open}
          kind={open}
          action={actions[open]}
          subscriptionId={subscriptionId}
          today={today}
          plans={plans}
          onDone={onDone}
          onClose={onClose}
        />
      ) : null}
      {message ? (
        <p role="status" className="text-sm text-muted-foreground">
          {message}
        </p>
      ) : null}
    </div>
  );
}
