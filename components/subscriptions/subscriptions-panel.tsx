import {
  activateSubscriptionAction,
  addSubscriptionAction,
  cancelSubscriptionAction,
  changeSubscriptionPlanAction,
  resumeSubscriptionAction,
  suspendSubscriptionAction,
} from "@/app/(tenant)/t/[tenant]/(app)/customers/[id]/subscription-actions";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { activePlanOptions } from "@/db/queries/plans";
import { listCustomerSubscriptions } from "@/db/queries/subscriptions";
import { withTenant } from "@/db/tenant";
import type { SubscriptionAction } from "@/lib/subscriptions/transitions";
import { tenantDate } from "@/lib/time/format";
import { AddSubscription } from "./add-subscription-form";
import { SubscriptionCard } from "./subscription-card";
import type { SubscriptionFormAction } from "./types";

const ACTIONS: Record<SubscriptionAction, SubscriptionFormAction> = {
  activate: activateSubscriptionAction,
  change_plan: changeSubscriptionPlanAction,
  suspend: suspendSubscriptionAction,
  resume: resumeSubscriptionAction,
  cancel: cancelSubscriptionAction,
};

export type SubscriptionsPanelProps = {
  tenantId: string;
  /** The tenant's IANA zone: "today" for the date fields, and when history rows were recorded. */
  timeZone: string;
  customerId: string;
  /** The viewer holds customers.edit; the actions check it again on the server. */
  canEdit: boolean;
};

/**
 * The customer page's subscriptions: each with plan, status, dates and
 * history, and for editors the forms to add one and move it through its life.
 * Loads its own data, so the customer page only places it.
 */
export async function SubscriptionsPanel({ tenantId, timeZone, customerId, canEdit }: SubscriptionsPanelProps) {
  const { subscriptions, plans } = await withTenant(tenantId, async (tx) => ({
    subscriptions: await listCustomerSubscriptions(tx, { customerId }),
    plans: canEdit ? await activePlanOptions(tx) : [],
  }));
  const today = tenantDate(new Date(), timeZone);
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
        {canEdit ? <AddSubscription action={addSubscriptionAction} customerId={customerId} today={today} plans={plans} /> : null}
        {subscriptions.map((s) => (
          <SubscriptionCard key={s.id} sub={s} timeZone={timeZone} today={today} edit={canEdit ? { actions: ACTIONS, plans } : null} />
        ))}
      </CardContent>
    </Card>
  );
}
