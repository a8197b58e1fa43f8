import { and, eq, sql } from "drizzle-orm";
import { customers, plans, subscriptionEvents, subscriptions } from "@/db/schema";
import type { SubscriptionStatus } from "@/db/schema/subscribers";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { settleCancelledSubscription } from "@/lib/billing/cancellation";
import { cancelOpenJobsOfLine } from "@/lib/field-jobs/cancel";
import { ACTION_LABELS, nextStatus, type SubscriptionAction } from "./transitions";

export type SubscriptionCtx = { tx: Tx; audit: (e: AuditEntry) => Promise<void>; userId: string | null };

async function activePlan(tx: Tx, planId: string, field = "planId") {
  const [plan] = await tx.select({ id: plans.id, name: plans.name, status: plans.status }).from(plans).where(eq(plans.id, planId));
  if (!plan) throw new UserFacingError("Choose a plan from your list.", { [field]: ["Choose a plan from your list."] });
  if (plan.status !== "active") {
    throw new UserFacingError(`${plan.name} is archived and cannot be chosen.`, { [field]: [`${plan.name} is archived.`] });
  }
  return plan;
}

export async function addSubscription(
  ctx: SubscriptionCtx,
  tenantId: string,
  input: { customerId: string; planId: string; startDate: string; label: string; billedElsewhereUntil?: string | null },
): Promise<{ id: string }> {
  const [customer] = await ctx.tx.select({ id: customers.id }).from(customers).where(eq(customers.id, input.customerId));
  if (!customer) throw new NotFoundError("That customer");
  const plan = await activePlan(ctx.tx, input.planId);
  const [row] = await ctx.tx
    .insert(subscriptions)
    .values({ tenantId, customerId: input.customerId, planId: plan.id, startDate: input.startDate, label: input.label, billedElsewhereUntil: input.billedElsewhereUntil ?? null })
    .returning({ id: subscriptions.id });
  await ctx.tx.insert(subscriptionEvents).values({
    tenantId,
    subscriptionId: row!.id,
    kind: "created",
    effectiveDate: input.startDate,
    toStatus: "pending",
    toPlanId: plan.id,
    changedBy: ctx.userId,
  });
  await ctx.audit({
    action: "subscription.create",
    entityType: "subscription",
    entityId: row!.id,
    after: {
      customerId: input.customerId,
      plan: plan.name,
      startDate: input.startDate,
      label: input.label,
      ...(input.billedElsewhereUntil ? { billedElsewhereUntil: input.billedElsewhereUntil } : {}),
    },
  });
  return row!;
}

async function lockSubscription(tx: Tx, id: string) {
  const [row] = await tx
    .select({
      status: subscriptions.status,
      planId: subscriptions.planId,
      activatedOn: subscriptions.activatedOn,
      startDate: subscriptions.startDate,
    })
    .from(subscriptions)
    .where(eq(subscriptions.id, id))
    .for("update");
  if (!row) throw new NotFoundError("That subscription");
  return row;
}

function refuse(status: SubscriptionStatus, action: SubscriptionAction): never {
  const article = /^[aeiou]/.test(status) ? "an" : "a";
  throw new UserFacingError(`${ACTION_LABELS[action]} is not possible for ${article} ${status} subscription.`);
}

const EVENT: Record<Exclude<SubscriptionAction, "change_plan">, "activated" | "suspended" | "resumed" | "cancelled"> = {
  activate: "activated",
  suspend: "suspended",
  resume: "resumed",
  cancel: "cancelled",
};

/** Activate, suspend, resume or cancel on a date, with the reason kept in the subscription's history. */
export async function transitionSubscription(
  ctx: SubscriptionCtx,
  tenantId: string,
  id: string,
  action: Exclude<SubscriptionAction, "change_plan">,
  change: { date: string; reason?: string; cause?: "nonpayment" | "request" },
): Promise<void> {
  const sub = await lockSubscription(ctx.tx, id);
  const to = nextStatus(sub.status, action);
  if (!to) refuse(sub.status, action);
  if (sub.activatedOn && change.date < sub.activatedOn) {
    throw new UserFacingError("The date cannot be before the activation date.", { date: [`On or after ${sub.activatedOn}.`] });
  }
  if (action !== "activate") {
    // History is read in date order by billing: a resume dated before the suspension would leave it open forever.
    const [latest] = rowsOf<{ on: string | null }>(
      await ctx.tx.execute(sql`select max(effective_date)::text as on from subscription_events where subscription_id = ${id} and kind in ('activated', 'suspended', 'resumed')`),
    );
    if (latest?.on && change.date < latest.on) {
      throw new UserFacingError(`The date cannot be before the last change, on ${latest.on}.`, { date: [`On or after ${latest.on}.`] });
    }
  }
  const set: Partial<typeof subscriptions.$inferInsert> = { status: to };
  if (action === "activate") set.activatedOn = change.date;
  if (action === "cancel") {
    set.cancelledOn = change.date;
    set.cancelReason = change.reason ?? "";
  }
  if (action === "suspend") set.suspensionCause = change.cause ?? "request";
  if (action === "resume" || action === "cancel") {
    set.suspensionCause = null;
    set.reconnectRequestedOn = null;
  }
  await ctx.tx.update(subscriptions).set({ ...set, updatedAt: sql`now()` }).where(eq(subscriptions.id, id));
  await ctx.tx.insert(subscriptionEvents).values({
    tenantId,
    subscriptionId: id,
    kind: EVENT[action],
    effectiveDate: change.date,
    fromStatus: sub.status,
    toStatus: to,
    reason: change.reason ?? "",
    changedBy: ctx.userId,
  });
  await ctx.audit({
    action: `subscription.${action}`,
    entityType: "subscription",
    entityId: id,
    before: { status: sub.status },
    after: { status: to, date: change.date, ...(action === "suspend" ? { cause: set.suspensionCause } : {}), ...(change.reason ? { reason: change.reason } : {}) },
  });
  // Days already invoiced after the cancellation come back as a credit; a port reserved for an open job is freed.
  if (action === "cancel") {
    await settleCancelledSubscription(ctx, tenantId, id);
    await cancelOpenJobsOfLine(ctx, id, `The line was cancelled${change.reason ? `: ${change.reason}` : ""}.`);
  }
}

/** The new plan applies from `date`; billing prorates the period it falls in. */
export async function changeSubscriptionPlan(
  ctx: SubscriptionCtx,
  tenantId: string,
  id: string,
  change: { planId: string; date: string },
): Promise<void> {
  const sub = await lockSubscription(ctx.tx, id);
  if (!nextStatus(sub.status, "change_plan")) refuse(sub.status, "change_plan");
  if (sub.activatedOn && change.date < sub.activatedOn) {
    throw new UserFacingError("The change cannot be dated before the activation.", { date: [`On or after ${sub.activatedOn}.`] });
  }
  if (sub.planId === change.planId) throw new UserFacingError("That is already the plan.", { planId: ["Choose a different plan."] });
  const plan = await activePlan(ctx.tx, change.planId);
  const [old] = await ctx.tx.select({ name: plans.name }).from(plans).where(and(eq(plans.id, sub.planId)));
  await ctx.tx.update(subscriptions).set({ planId: plan.id, updatedAt: sql`now()` }).where(eq(subscriptions.id, id));
  await ctx.tx.insert(subscriptionEvents).values({
    tenantId,
    subscriptionId: id,
    kind: "plan_changed",
    effectiveDate: change.date,
    fromPlanId: sub.planId,
    toPlanId: plan.id,
    changedBy: ctx.userId,
  });
  await ctx.audit({
    action: "subscription.change_plan",
    entityType: "subscription",
    entityId: id,
    before: { plan: old?.name },
    after: { plan: plan.name, date: change.date },
  });
}
