import { count, gte, sql } from "drizzle-orm";
import { auditLog, customers, roles, subscriptions, users } from "../schema";
import type { Tx } from "../types";

/** The dashboard's figures for the current tenant (RLS scopes every count). */
export async function dashboardCounts(tx: Tx) {
  const [cust] = await tx
    .select({
      total: count(),
      active: count(sql`case when ${customers.status} = 'active' then 1 end`),
      suspended: count(sql`case when ${customers.status} = 'suspended' then 1 end`),
      newThisMonth: count(sql`case when ${customers.createdAt} >= date_trunc('month', now()) then 1 end`),
    })
    .from(customers);
  const [subs] = await tx
    .select({
      active: count(sql`case when ${subscriptions.status} = 'active' then 1 end`),
      pending: count(sql`case when ${subscriptions.status} = 'pending' then 1 end`),
    })
    .from(subscriptions);
  const [staff] = await tx.select({ active: count(sql`case when ${users.active} then 1 end`), total: count() }).from(users);
  const [roleCount] = await tx.select({ n: count() }).from(roles);
  const [changes] = await tx.select({ n: count() }).from(auditLog).where(gte(auditLog.createdAt, sql`now() - interval '7 days'`));
  return {
    customers: { total: cust?.total ?? 0, active: cust?.active ?? 0, suspended: cust?.suspended ?? 0, newThisMonth: cust?.newThisMonth ?? 0 },
    subscriptions: { active: subs?.active ?? 0, pending: subs?.pending ?? 0 },
    activeStaff: staff?.active ?? 0,
    totalStaff: staff?.total ?? 0,
    roles: roleCount?.n ?? 0,
    changesThisWeek: changes?.n ?? 0,
  };
}
