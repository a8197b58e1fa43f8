import { and, asc, eq, sql } from "drizzle-orm";
import { plans, subscriptions } from "../schema";
import type { Tx } from "../types";

export type PlanStatusFilter = "active" | "archived" | "all";

const planColumns = {
  id: plans.id,
  name: plans.name,
  downloadMbps: plans.downloadMbps,
  uploadMbps: plans.uploadMbps,
  monthlyFee: plans.monthlyFee,
  installationFee: plans.installationFee,
  description: plans.description,
  status: plans.status,
};

// Counted in SQL per plan; a tenant has a handful of plans, and the counts use
// subscriptions_tenant_plan_idx.
const activeSubscriptions = sql<number>`count(${subscriptions.id}) filter (where ${subscriptions.status} = 'active')`.mapWith(Number);
const totalSubscriptions = sql<number>`count(${subscriptions.id})`.mapWith(Number);

/** The plans list: active ones first, then up the price ladder, each with how many subscriptions use it. */
export async function listPlans(tx: Tx, { status }: { status: PlanStatusFilter }) {
  return tx
    .select({ ...planColumns, activeSubscriptions, totalSubscriptions })
    .from(plans)
    .leftJoin(subscriptions, and(eq(subscriptions.tenantId, plans.tenantId), eq(subscriptions.planId, plans.id)))
    .where(status === "all" ? undefined : eq(plans.status, status))
    .groupBy(plans.tenantId, plans.id)
    .orderBy(asc(plans.status), asc(plans.monthlyFee), sql`lower(${plans.name})`);
}

/** How many plans each filter tab holds. */
export async function countPlansByStatus(tx: Tx): Promise<Record<"active" | "archived", number>> {
  const rows = await tx
    .select({ status: plans.status, n: sql<number>`count(*)`.mapWith(Number) })
    .from(plans)
    .groupBy(plans.status);
  const counts = { active: 0, archived: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/** One plan for its edit page, or null when this tenant has no such plan. */
export async function getPlan(tx: Tx, { id }: { id: string }) {
  const [row] = await tx
    .select({ ...planColumns, activeSubscriptions, totalSubscriptions })
    .from(plans)
    .leftJoin(subscriptions, and(eq(subscriptions.tenantId, plans.tenantId), eq(subscriptions.planId, plans.id)))
    .where(eq(plans.id, id))
    .groupBy(plans.tenantId, plans.id);
  return row ?? null;
}

export type PlanOption = { id: string; name: string; downloadMbps: number; uploadMbps: number; monthlyFee: number };

/** Plans that can be chosen for a new subscription or a plan change: active ones only. */
export async function activePlanOptions(tx: Tx): Promise<PlanOption[]> {
  return tx
    .select({ id: plans.id, name: plans.name, downloadMbps: plans.downloadMbps, uploadMbps: plans.uploadMbps, monthlyFee: plans.monthlyFee })
    .from(plans)
    .where(eq(plans.status, "active"))
    .orderBy(asc(plans.monthlyFee), sql`lower(${plans.name})`);
}
