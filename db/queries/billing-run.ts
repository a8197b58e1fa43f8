import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { customers, plans, subscriptionEvents, subscriptions } from "../schema";
import type { Tx } from "../types";
import { rowsOf } from "../rows";

/** Every subscription that has been activated and could still owe a period, with its customer. */
export async function billableSubscriptions(tx: Tx, only?: { subscriptionId: string }) {
  return tx
    .select({
      id: subscriptions.id,
      customerId: subscriptions.customerId,
      accountNo: customers.accountNo,
      customerName: sql<string>`${customers.lastName} || ', ' || ${customers.firstName}`,
      planId: subscriptions.planId,
      activatedOn: subscriptions.activatedOn,
      cancelledOn: subscriptions.cancelledOn,
      billedElsewhereUntil: subscriptions.billedElsewhereUntil,
      status: subscriptions.status,
    })
    .from(subscriptions)
    .innerJoin(customers, and(eq(customers.tenantId, subscriptions.tenantId), eq(customers.id, subscriptions.customerId)))
    .where(and(isNotNull(subscriptions.activatedOn), only ? eq(subscriptions.id, only.subscriptionId) : undefined))
    .orderBy(asc(customers.accountNo), asc(subscriptions.createdAt), asc(subscriptions.id));
}

/**
 * Plan changes and suspensions of every activated subscription, in order. One
 * query for the whole tenant (not an id list: 100,000 ids exceed the bind-parameter limit).
 */
export async function subscriptionHistories(tx: Tx, only?: { subscriptionId: string }) {
  return tx
    .select({
      subscriptionId: subscriptionEvents.subscriptionId,
      kind: subscriptionEvents.kind,
      effectiveDate: subscriptionEvents.effectiveDate,
      fromPlanId: subscriptionEvents.fromPlanId,
      toPlanId: subscriptionEvents.toPlanId,
    })
    .from(subscriptionEvents)
    .innerJoin(subscriptions, and(eq(subscriptions.tenantId, subscriptionEvents.tenantId), eq(subscriptions.id, subscriptionEvents.subscriptionId)))
    .where(
      and(
        isNotNull(subscriptions.activatedOn),
        inArray(subscriptionEvents.kind, ["created", "plan_changed", "suspended", "resumed", "cancelled"]),
        only ? eq(subscriptionEvents.subscriptionId, only.subscriptionId) : undefined,
      ),
    )
    .orderBy(asc(subscriptionEvents.subscriptionId), asc(subscriptionEvents.effectiveDate), asc(subscriptionEvents.createdAt));
}

export async function planPrices(tx: Tx) {
  return tx.select({ id: plans.id, name: plans.name, monthlyFee: plans.monthlyFee, installationFee: plans.installationFee }).from(plans);
}

/** The service span each subscription's latest invoice charged (void invoices excluded). */
export async function lastChargedSpans(tx: Tx, only?: { subscriptionId: string }) {
  const filter = only ? sql`and i.subscription_id = ${only.subscriptionId}` : sql``;
  const result = await tx.execute(sql`
    select distinct on (i.subscription_id) i.subscription_id, i.id as invoice_id, i.period_start::text, i.period_end::text,
      l.period_start::text as charged_start, l.period_end::text as charged_end
    from invoices i
    join invoice_lines l on l.tenant_id = i.tenant_id and l.invoice_id = i.id and l.kind = 'service'
    where i.subscription_id is not null and i.status <> 'void' ${filter}
    order by i.subscription_id, i.period_start desc`);
  return rowsOf<{ subscription_id: string; invoice_id: string; period_start: string; period_end: string; charged_start: string; charged_end: string }>(result);
}

/** Charges and credits not yet on an invoice, effective by the run date, oldest first. */
export async function pendingAdjustments(tx: Tx, runDate: string) {
  const result = await tx.execute(sql`
    select id, customer_id as "customerId", kind, category, amount::bigint as amount, reason
    from adjustments
    where invoice_id is null and effective_on <= ${runDate}::date
    order by customer_id, effective_on, created_at, id`);
  return rowsOf<{ id: string; customerId: string; kind: "charge" | "credit"; category: string; amount: string | number; reason: string }>(result).map((r) => ({
    ...r,
    amount: Number(r.amount),
  }));
}

/** How many subscriptions a run would look at (every activated one): decides whether it runs in the background. */
export async function countBillableSubscriptions(tx: Tx): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(subscriptions).where(isNotNull(subscriptions.activatedOn));
  return row?.n ?? 0;
}
