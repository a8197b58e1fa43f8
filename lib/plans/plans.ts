import { count, eq, sql } from "drizzle-orm";
import { plans, subscriptionEvents, subscriptions } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/record";
import { NotFoundError, pgErrorCode, UserFacingError } from "@/lib/errors";
import type { PlanInput } from "@/lib/validations/subscribers";

type Ctx = { tx: Tx; audit: (e: AuditEntry) => Promise<void> };

const NAME_TAKEN = "A plan with that name already exists.";

export async function createPlan({ tx, audit }: Ctx, tenantId: string, input: PlanInput): Promise<{ id: string }> {
  try {
    const [row] = await tx.insert(plans).values({ tenantId, ...input }).returning({ id: plans.id });
    await audit({ action: "plan.create", entityType: "plan", entityId: row!.id, after: { ...input } });
    return row!;
  } catch (error) {
    if (pgErrorCode(error) === "23505") throw new UserFacingError(NAME_TAKEN, { name: [NAME_TAKEN] });
    throw error;
  }
}

const planColumns = {
  name: plans.name,
  downloadMbps: plans.downloadMbps,
  uploadMbps: plans.uploadMbps,
  monthlyFee: plans.monthlyFee,
  installationFee: plans.installationFee,
  description: plans.description,
  status: plans.status,
};

async function lockPlan(tx: Tx, id: string) {
  const [row] = await tx.select(planColumns).from(plans).where(eq(plans.id, id)).for("update");
  if (!row) throw new NotFoundError("That plan");
  return row;
}

/** A new fee applies to invoices from the next billing run on; issued invoices keep theirs. */
export async function updatePlan({ tx, audit }: Ctx, id: string, input: PlanInput): Promise<void> {
  const before = await lockPlan(tx, id);
  try {
    await tx.update(plans).set({ ...input, updatedAt: sql`now()` }).where(eq(plans.id, id));
  } catch (error) {
    if (pgErrorCode(error) === "23505") throw new UserFacingError(NAME_TAKEN, { name: [NAME_TAKEN] });
    throw error;
  }
  await audit({ action: "plan.update", entityType: "plan", entityId: id, ...changedFields(before, { ...input, status: before.status }) });
}

/** Archived plans stay on their subscriptions but cannot be chosen for new ones. */
export async function setPlanArchived({ tx, audit }: Ctx, id: string, archived: boolean): Promise<void> {
  const before = await lockPlan(tx, id);
  const status = archived ? "archived" : "active";
  if (before.status === status) return;
  await tx.update(plans).set({ status, updatedAt: sql`now()` }).where(eq(plans.id, id));
  await audit({ action: archived ? "plan.archive" : "plan.unarchive", entityType: "plan", entityId: id, before: { status: before.status }, after: { status } });
}

/** Only a plan no subscription ever used can be deleted; otherwise archive it. */
export async function deletePlan({ tx, audit }: Ctx, id: string): Promise<void> {
  const before = await lockPlan(tx, id);
  // A plan a subscription has moved off stays in that subscription's history.
  const [used] = await tx
    .select({ n: count() })
    .from(subscriptions)
    .where(sql`${subscriptions.planId} = ${id} or exists (select 1 from ${subscriptionEvents} e
      where e.tenant_id = ${subscriptions.tenantId} and e.subscription_id = ${subscriptions.id} and (e.from_plan_id = ${id} or e.to_plan_id = ${id}))`);
  if ((used?.n ?? 0) > 0) {
    throw new UserFacingError(`${before.name} is used by ${used!.n} subscription(s). Archive it instead: it stays on them but cannot be chosen for new ones.`);
  }
  await tx.delete(plans).where(eq(plans.id, id));
  await audit({ action: "plan.delete", entityType: "plan", entityId: id, before: { name: before.name } });
}
