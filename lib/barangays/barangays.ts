import { count, eq, sql } from "drizzle-orm";
import { barangays, customers } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/record";
import { NotFoundError, pgConstraint, pgErrorCode, UserFacingError } from "@/lib/errors";
import type { BarangayInput } from "@/lib/validations/subscribers";

type Ctx = { tx: Tx; audit: (e: AuditEntry) => Promise<void> };

const DUPLICATE = "That barangay is already in your list.";
const DUPLICATE_PSGC = "Another barangay already has that PSGC code.";

function mapUnique(error: unknown): never {
  if (pgErrorCode(error) === "23505") {
    if (pgConstraint(error) === "barangays_tenant_psgc_key") throw new UserFacingError(DUPLICATE_PSGC, { psgcCode: [DUPLICATE_PSGC] });
    throw new UserFacingError(DUPLICATE, { name: [DUPLICATE] });
  }
  throw error;
}

export async function createBarangay({ tx, audit }: Ctx, tenantId: string, input: BarangayInput): Promise<{ id: string }> {
  try {
    const [row] = await tx
      .insert(barangays)
      .values({ tenantId, name: input.name, city: input.city, province: input.province, psgcCode: input.psgcCode ?? null })
      .returning({ id: barangays.id });
    await audit({ action: "barangay.create", entityType: "barangay", entityId: row!.id, after: { ...input } });
    return row!;
  } catch (error) {
    return mapUnique(error);
  }
}

export async function updateBarangay({ tx, audit }: Ctx, id: string, input: BarangayInput): Promise<void> {
  const [before] = await tx
    .select({ name: barangays.name, city: barangays.city, province: barangays.province, psgcCode: barangays.psgcCode })
    .from(barangays)
    .where(eq(barangays.id, id))
    .for("update");
  if (!before) throw new NotFoundError("That barangay");
  const after = { name: input.name, city: input.city, province: input.province, psgcCode: input.psgcCode ?? null };
  try {
    await tx.update(barangays).set({ ...after, updatedAt: sql`now()` }).where(eq(barangays.id, id));
  } catch (error) {
    mapUnique(error);
  }
  await audit({ action: "barangay.update", entityType: "barangay", entityId: id, ...changedFields(before, after) });
}

/** Refused while customers live there: the customer records would lose their address. */
export async function deleteBarangay({ tx, audit }: Ctx, id: string): Promise<void> {
  const [row] = await tx.select({ name: barangays.name }).from(barangays).where(eq(barangays.id, id)).for("update");
  if (!row) throw new NotFoundError("That barangay");
  const [used] = await tx.select({ n: count() }).from(customers).where(eq(customers.barangayId, id));
  if ((used?.n ?? 0) > 0) {
    throw new UserFacingError(`${row.name} has ${used!.n} customer(s). Move them to another barangay before deleting it.`);
  }
  await tx.delete(barangays).where(eq(barangays.id, id));
  await audit({ action: "barangay.delete", entityType: "barangay", entityId: id, before: { name: row.name } });
}

/**
 * Adds many barangays at once (PSGC or CSV import), skipping those already
 * in the list (same place, or same PSGC code). Returns how many were added.
 */
export async function importBarangays({ tx, audit }: Ctx, tenantId: string, rows: BarangayInput[], source: string): Promise<{ added: number; skipped: number }> {
  if (rows.length === 0) return { added: 0, skipped: 0 };
  const inserted = await tx
    .insert(barangays)
    .values(rows.map((r) => ({ tenantId, name: r.name, city: r.city, province: r.province, psgcCode: r.psgcCode ?? null })))
    .onConflictDoNothing()
    .returning({ id: barangays.id });
  await audit({
    action: "barangay.import",
    entityType: "barangay",
    after: { source, added: inserted.length, skipped: rows.length - inserted.length },
  });
  return { added: inserted.length, skipped: rows.length - inserted.length };
}
