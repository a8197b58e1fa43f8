import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import { prorate } from "@/lib/billing/rounding";

const HOUR_MS = 3_600_000;

/**
 * The days of service an outage cost a subscriber, for the tenant's credit
 * rule: nothing up to its threshold (null: the tenant gives no credits),
 * then every started day of the outage (25 hours are two days lost).
 */
export function outageCreditDays(startedAt: Date, resolvedAt: Date, afterHours: number | null): number {
  if (afterHours === null) return 0;
  const hours = (resolvedAt.getTime() - startedAt.getTime()) / HOUR_MS;
  if (hours <= afterHours) return 0;
  return Math.ceil(hours / 24);
}

/** Days in the month of a date (YYYY-MM-DD): the period the credit is a share of. */
export function daysInMonthOf(isoDate: string): number {
  const [y, m] = isoDate.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A line's credit: its monthly fee × days lost ÷ days in the month, half-up to the centavo; a month at most. */
export function outageCreditAmount(monthlyFee: number, days: number, periodDays: number): number {
  return prorate(monthlyFee, Math.min(days, periodDays), periodDays);
}

export type CreditContext = { tenantId: string; outageId: string; outageNumber: string; today: string; userId: string | null; days: number };

/**
 * Credits every line an outage cut off, as pending credit adjustments the
 * next invoice bills (as other adjustments are). The unique key (tenant,
 * outage, line) makes it once per outage and line: a second resolve, or a
 * retry, inserts nothing. Returns the credits made, for their audit rows.
 */
export async function creditOutage(tx: Tx, c: CreditContext): Promise<{ id: string; customerId: string; subscriptionId: string; amount: number; reason: string }[]> {
  if (c.days <= 0) return [];
  const periodDays = daysInMonthOf(c.today);
  const lines = rowsOf<{ subscription_id: string; customer_id: string; monthly_fee: string }>(
    await tx.execute(sql`
      select o.subscription_id, o.customer_id, pl.monthly_fee
      from outage_subscriptions o
      join subscriptions s on s.id = o.subscription_id
      join plans pl on pl.id = s.plan_id
      where o.outage_id = ${c.outageId}`),
  );
  const credits = lines
    .map((l) => ({ subscription_id: l.subscription_id, customer_id: l.customer_id, amount: outageCreditAmount(Number(l.monthly_fee), c.days, periodDays) }))
    .filter((l) => l.amount > 0);
  if (credits.length === 0) return [];
  const reason = `Service credit: outage ${c.outageNumber}, ${c.days} day${c.days === 1 ? "" : "s"} without service`;
  const rows = rowsOf<{ id: string; customer_id: string; subscription_id: string; amount: string }>(
    await tx.execute(sql`
      insert into adjustments (tenant_id, customer_id, kind, category, amount, reason, effective_on, outage_id, subscription_id, created_by)
      select ${c.tenantId}::uuid, r.customer_id, 'credit', 'outage_credit', r.amount, ${reason}, ${c.today}::date, ${c.outageId}::uuid, r.subscription_id, ${c.userId}::uuid
      from jsonb_to_recordset(${JSON.stringify(credits)}::jsonb) as r(subscription_id uuid, customer_id uuid, amount bigint)
      on conflict (tenant_id, outage_id, subscription_id) where outage_id is not null do nothing
      returning id, customer_id, subscription_id, amount`),
  );
  return rows.map((r) => ({ id: r.id, customerId: r.customer_id, subscriptionId: r.subscription_id, amount: Number(r.amount), reason }));
}
