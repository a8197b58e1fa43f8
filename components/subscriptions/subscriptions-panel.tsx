import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { PlanOption } from "@/db/queries/plans";
import type { CustomerSubscription } from "@/db/queries/subscriptions";
import type { SubscriptionAction } from "@/lib/subscriptions/transitions";
import { AddSubscription } from "./add-subscription-form";
import { SubscriptionCard } from "./subscription-card";
import type { SubscriptionFormAction } from "./types";

export type SubscriptionsPanelProps = {
  /** The tenant's IANA zone: when history rows were recorded. */
  timeZone: string;
  /** The tenant's today, for the date fields. */
  today: string;
  customerId: string;
  subscriptions: CustomerSubscription[];
  /** Active plans to choose from; empty for a viewer who cannot edit. */
  plans: PlanOption[];
  /** The forms' server actions, for a viewer who holds customers.edit (the actions check it again); null otherwise. */
  edit: { add: SubscriptionFormAction; actions: Record<SubscriptionAction, SubscriptionFormAction> } | null;
  /** The ISP records its plant: a line waiting for installation is connected by an installation job, not by Activate. */
  installsByJob?: boolean;
};

/**
 * The customer page's subscriptions: each with plan, status, dates and
 * history, and for editors the forms to add one and move it through its life.
 */
export function SubscriptionsPanel({ timeZone, today, customerId, subscriptions, plans, edit, installsByJob = false }: SubscriptionsPanelProps) {
  const cancelled = subscriptions.filter((s) => s.status === "cancelled").length;
  return (
    <Card role="region" aria-labelledby="subscriptions-heading">
      <CardHeader>
        <CardTitle id="subscriptions-heading">Subscriptions</CardTitle>
        <CardDescription>
          {subscriptions.length === 0
            ? "No subscriptions yet."
            : `${subscriptions.length} subscription${subscriptions.length === 1 ? "" : "s"}${cancelled ? `, ${cancelled} cancelled` : ""}.`}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {edit ? <AddSubscription action={edit.add} customerId={customerId} today={today} plans={plans} /> : null}
        {subscriptions.map((s) => (
          <SubscriptionCard key={s.id} sub={s} timeZone={timeZone} today={today} edit={edit ? { actions: edit.actions, plans } : null} installsByJob={installsByJob} />
        ))}
      </CardContent>
    </Card>
  );
}
