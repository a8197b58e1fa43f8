import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { plans, subscriptionEvents, subscriptions, users } from "../schema";
import type { SubscriptionStatus } from "../schema/subscribers";
import type { Tx } from "../types";

export type SubscriptionEventKind = (typeof subscriptionEvents.$inferSelect)["kind"];

export type SubscriptionEventRow = {
  id: string;
  kind: SubscriptionEventKind;
  effectiveDate: string;
  fromStatus: string | null;
  toStatus: string | null;
  fromPlanName: string | null;
  toPlanName: string | null;
  reason: string;
  changedByName: string | null;
  createdAt: Date;
};

export type CustomerSubscription = {
  id: string;
  status: SubscriptionStatus;
  label: string;
  startDate: string;
  activatedOn: string | null;
  cancelledOn: string | null;
  cancelReason: string | null;
  /** Brought over from another billing system: the last day it billed. */
  billedElsewhereUntil: string | null;
  planId: string;
  planName: string;
  planStatus: "active" | "archived";
  downloadMbps: number;
  uploadMbps: number;
  monthlyFee: number;
  events: SubscriptionEventRow[];
};

const fromPlan = alias(plans, "from_plan");
const toPlan = alias(plans, "to_plan");

/**
 * A customer's subscriptions with their plan and full history, live ones
 * first. Two queries (subscriptions, then all their events) rather than one
 * per subscription.
 */
export async function listCustomerSubscriptions(tx: Tx, { customerId }: { customerId: string }): Promise<CustomerSubscription[]> {
  const subs = await tx
    .select({
      id: subscriptions.id,
      status: subscriptions.status,
      label: subscriptions.label,
      startDate: subscriptions.startDate,
      activatedOn: subscriptions.activatedOn,
      cancelledOn: subscriptions.cancelledOn,
      cancelReason: subscriptions.cancelReason,
      billedElsewhereUntil: subscriptions.billedElsewhereUntil,
      planId: subscriptions.planId,
      planName: plans.name,
      planStatus: plans.status,
      downloadMbps: plans.downloadMbps,
      uploadMbps: plans.uploadMbps,
      monthlyFee: plans.monthlyFee,
    })
    .from(subscriptions)
    .innerJoin(plans, and(eq(plans.tenantId, subscriptions.tenantId), eq(plans.id, subscriptions.planId)))
    .where(eq(subscriptions.customerId, customerId))
    .orderBy(sql`${subscriptions.status} = 'cancelled'`, asc(subscriptions.createdAt), asc(subscriptions.id));
  if (subs.length === 0) return [];

  const events = await tx
    .select({
      subscriptionId: subscriptionEvents.subscriptionId,
      id: subscriptionEvents.id,
      kind: subscriptionEvents.kind,
      effectiveDate: subscriptionEvents.effectiveDate,
      fromStatus: subscriptionEvents.fromStatus,
      toStatus: subscriptionEvents.toStatus,
      fromPlanName: fromPlan.name,
      toPlanName: toPlan.name,
      reason: subscriptionEvents.reason,
      changedByName: users.name,
      createdAt: subscriptionEvents.createdAt,
    })
    .from(subscriptionEvents)
    .leftJoin(fromPlan, and(eq(fromPlan.tenantId, subscriptionEvents.tenantId), eq(fromPlan.id, subscriptionEvents.fromPlanId)))
    .leftJoin(toPlan, and(eq(toPlan.tenantId, subscriptionEvents.tenantId), eq(toPlan.id, subscriptionEvents.toPlanId)))
    .leftJoin(users, and(eq(users.tenantId, subscriptionEvents.tenantId), eq(users.id, subscriptionEvents.changedBy)))
    .where(inArray(subscriptionEvents.subscriptionId, subs.map((s) => s.id)))
    // Newest first: the latest change is what staff look for. Events written in
    // one transaction share created_at (now() is the transaction's start), so
    // "created", always the first event of a subscription, breaks the tie.
    .orderBy(
      sql`${subscriptionEvents.effectiveDate} desc`,
      sql`${subscriptionEvents.createdAt} desc`,
      sql`${subscriptionEvents.kind} = 'created'`,
    );

  const bySubscription = new Map<string, SubscriptionEventRow[]>();
  for (const { subscriptionId, ...event } of events) {
    const list = bySubscription.get(subscriptionId) ?? [];
    list.push(event);
    bySubscription.set(subscriptionId, list);
  }
  return subs.map((s) => ({ ...s, events: bySubscription.get(s.id) ?? [] }));
}
