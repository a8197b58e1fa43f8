import { and, inArray, or, sql } from "drizzle-orm";
import { auditLog, barangays, plans } from "@/db/schema";
import type { Database, Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { recordAudit, type AuditEntry } from "@/lib/audit/record";
import { importBarangays } from "@/lib/barangays/barangays";
import { createPlan } from "@/lib/plans/plans";
import type { PlanInput } from "@/lib/validations/subscribers";
import { CDO_BARANGAYS, CDO_CITY, CDO_PROVINCE } from "./data/cdo-barangays";

const seedRequest = { ip: null, userAgent: "fiberbill-seed" };

/**
 * What a domain function needs from a tenant action, acting as `userId`
 * ("today" dates the customer's first history row). With `at`, the audit rows
 * carry that moment: a replayed history reads as it happened. (The audit log
 * is append-only, so the time is given when the row is written.)
 */
export function seedCtx(tx: Tx, tenantId: string, userId: string, today: string, at?: Date) {
  const actor = { tenantId, userId, ...seedRequest };
  const audit = at ? (e: AuditEntry) => recordAuditAt(tx, actor, e, at) : (e: AuditEntry) => recordAudit(tx, actor, e);
  return { tx, audit, userId, today };
}

async function recordAuditAt(tx: Tx, actor: { tenantId: string; userId: string; ip: null; userAgent: string }, e: AuditEntry, at: Date) {
  const changes: { before?: Record<string, unknown>; after?: Record<string, unknown> } = {};
  if (e.before) changes.before = e.before;
  if (e.after) changes.after = e.after;
  await tx.insert(auditLog).values({ ...actor, action: e.action, entityType: e.entityType, entityId: e.entityId ?? null, changes, createdAt: at });
}

/**
 * Cagayan de Oro's 80 barangays (PSGC import) and the given plans, added
 * through the domain functions unless already there. Returns their ids by
 * PSGC code and by plan name.
 */
export async function seedCatalog(app: Database, tenantId: string, ownerId: string, planList: readonly PlanInput[]) {
  return withTenantOn(app, tenantId, async (tx) => {
    const ctx = seedCtx(tx, tenantId, ownerId, "");
    const rows = CDO_BARANGAYS.map(([psgcCode, name]) => ({ name, city: CDO_CITY, province: CDO_PROVINCE, psgcCode }));
    await importBarangays(ctx, tenantId, rows, "PSGC 2025 Q4: Cagayan de Oro City");
    // By code, or by place for a barangay the tenant typed in by hand (no PSGC code).
    const known = await tx
      .select({ id: barangays.id, name: barangays.name, code: barangays.psgcCode })
      .from(barangays)
      .where(
        or(
          inArray(barangays.psgcCode, rows.map((r) => r.psgcCode)),
          and(sql`lower(${barangays.city}) = lower(${CDO_CITY})`, sql`lower(${barangays.province}) = lower(${CDO_PROVINCE})`),
        ),
      );
    const find = (code: string, name: string) => (known.find((b) => b.code === code) ?? known.find((b) => b.name.toLowerCase() === name.toLowerCase()))!.id;
    const barangayIds = new Map(CDO_BARANGAYS.map(([code, name]) => [code, find(code, name)]));
    const existing = await tx.select({ id: plans.id, name: plans.name }).from(plans);
    const planIds = new Map(existing.map((p) => [p.name, p.id]));
    for (const plan of planList) {
      if (!planIds.has(plan.name)) planIds.set(plan.name, (await createPlan(ctx, tenantId, plan)).id);
    }
    return { barangayIds, planIds };
  });
}
