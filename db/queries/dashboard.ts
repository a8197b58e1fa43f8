import { count, gte, sql } from "drizzle-orm";
import { auditLog, roles, users } from "../schema";
import type { Tx } from "../types";

/** The dashboard's figures for the current tenant (RLS scopes every count). */
export async function dashboardCounts(tx: Tx) {
  const [staff] = await tx
    .select({ active: count(sql`case when ${users.active} then 1 end`), total: count() })
    .from(users);
  const [roleCount] = await tx.select({ n: count() }).from(roles);
  const [changes] = await tx
    .select({ n: count() })
    .from(auditLog)
    .where(gte(auditLog.createdAt, sql`now() - interval '7 days'`));
  return {
    activeStaff: staff?.active ?? 0,
    totalStaff: staff?.total ?? 0,
    roles: roleCount?.n ?? 0,
    changesThisWeek: changes?.n ?? 0,
  };
}
