import { randomUUID } from "node:crypto";
import type { CustomerStatus, SubscriptionStatus } from "@/db/schema/subscribers";
import type { ImportCustomer } from "./validate";

export type SubscriptionRow = {
  id: string;
  customerId: string;
  planId: string;
  status: SubscriptionStatus;
  startDate: string;
  activatedOn: string;
  cancelledOn: string | null;
  cancelReason: string | null;
  billedElsewhereUntil: string | null;
};

export type SubscriptionEventRow = {
  subscriptionId: string;
  kind: "created" | "activated" | "suspended" | "cancelled";
  effectiveDate: string;
  fromStatus: SubscriptionStatus | null;
  toStatus: SubscriptionStatus;
  toPlanId: string | null;
  reason: string;
};

/**
 * A plan on a row becomes a subscription that was activated on its start
 * date, with the same events addSubscription + activate write, so billing
 * reads an imported line like one added by hand. A customer imported as
 * suspended or disconnected gets a suspended line and a terminated one a
 * line cancelled today: billing must not invoice people the ISP has cut off.
 */
const AFTER_ACTIVATION: Record<CustomerStatus, { status: SubscriptionStatus; kind: "suspended" | "cancelled" } | null> = {
  active: null,
  suspended: { status: "suspended", kind: "suspended" },
  disconnected: { status: "suspended", kind: "suspended" },
  terminated: { status: "cancelled", kind: "cancelled" },
};

export function subscriptionRows(
  rows: readonly ImportCustomer[],
  customerIds: readonly string[],
  today: string,
): { subscriptions: SubscriptionRow[]; events: SubscriptionEventRow[] } {
  const subscriptions: SubscriptionRow[] = [];
  const events: SubscriptionEventRow[] = [];
  rows.forEach((row, i) => {
    if (!row.subscription) return;
    const { planId, startDate, billedElsewhereUntil } = row.subscription;
    const id = randomUUID();
    const after = AFTER_ACTIVATION[row.status];
    const reason = `Customer imported as ${row.status}`;
    const cancelled = after?.kind === "cancelled";
    subscriptions.push({
      id,
      customerId: customerIds[i]!,
      planId,
      status: after?.status ?? "active",
      startDate,
      activatedOn: startDate,
      cancelledOn: cancelled ? today : null,
      cancelReason: cancelled ? reason : null,
      billedElsewhereUntil,
    });
    events.push({ subscriptionId: id, kind: "created", effectiveDate: startDate, fromStatus: null, toStatus: "pending", toPlanId: planId, reason: "" });
    events.push({ subscriptionId: id, kind: "activated", effectiveDate: startDate, fromStatus: "pending", toStatus: "active", toPlanId: null, reason: "" });
    if (after) events.push({ subscriptionId: id, kind: after.kind, effectiveDate: today, fromStatus: "active", toStatus: after.status, toPlanId: null, reason });
  });
  return { subscriptions, events };
}
