import { eq, sql } from "drizzle-orm";
import { customers, customerStatusHistory } from "@/db/schema";
import type { CustomerStatus } from "@/db/schema/subscribers";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/record";
import { NotFoundError, pgConstraint, pgErrorCode, UserFacingError } from "@/lib/errors";
import { takeNumbers } from "@/lib/numbering/counters";
import type { CustomerInput } from "@/lib/validations/subscribers";

export type CustomerCtx = { tx: Tx; audit: (e: AuditEntry) => Promise<void>; userId: string | null; today: string };

function values(input: CustomerInput) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    mobile: input.mobile,
    email: input.email ?? null,
    addressLine: input.addressLine,
    barangayId: input.barangayId,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    notes: input.notes,
    tin: input.tin ?? "",
  };
}

function mapBarangay(error: unknown): never {
  if (pgErrorCode(error) === "23503" && pgConstraint(error) === "customers_barangay_fk") {
    throw new UserFacingError("Choose a barangay from your list.", { barangayId: ["Choose a barangay from your list."] });
  }
  throw error;
}

/** A new customer gets the next account number of the tenant's gapless series. */
export async function createCustomer(ctx: CustomerCtx, tenantId: string, input: CustomerInput): Promise<{ id: string; accountNo: string }> {
  const [accountNo] = await takeNumbers(ctx.tx, tenantId, "customer");
  try {
    const [row] = await ctx.tx
      .insert(customers)
      .values({ tenantId, accountNo: accountNo!, ...values(input) })
      .returning({ id: customers.id, accountNo: customers.accountNo });
    await ctx.tx.insert(customerStatusHistory).values({
      tenantId,
      customerId: row!.id,
      fromStatus: null,
      toStatus: "active",
      reason: "New customer",
      effectiveDate: ctx.today,
      changedBy: ctx.userId,
    });
    await ctx.audit({ action: "customer.create", entityType: "customer", entityId: row!.id, after: { accountNo, ...values(input) } });
    return row!;
  } catch (error) {
    return mapBarangay(error);
  }
}

export async function updateCustomer(ctx: CustomerCtx, id: string, input: CustomerInput): Promise<void> {
  const [before] = await ctx.tx
    .select({
      firstName: customers.firstName,
      lastName: customers.lastName,
      mobile: customers.mobile,
      email: customers.email,
      addressLine: customers.addressLine,
      barangayId: customers.barangayId,
      latitude: customers.latitude,
      longitude: customers.longitude,
      notes: customers.notes,
      tin: customers.tin,
    })
    .from(customers)
    .where(eq(customers.id, id))
    .for("update");
  if (!before) throw new NotFoundError("That customer");
  const after = values(input);
  try {
    await ctx.tx.update(customers).set({ ...after, updatedAt: sql`now()` }).where(eq(customers.id, id));
  } catch (error) {
    mapBarangay(error);
  }
  await ctx.audit({ action: "customer.update", entityType: "customer", entityId: id, ...changedFields(before, after) });
}

/** Status changes keep their reason and date in the customer's history. */
export async function changeCustomerStatus(
  ctx: CustomerCtx,
  tenantId: string,
  id: string,
  change: { status: CustomerStatus; reason: string; effectiveDate: string },
): Promise<void> {
  const [before] = await ctx.tx.select({ status: customers.status }).from(customers).where(eq(customers.id, id)).for("update");
  if (!before) throw new NotFoundError("That customer");
  if (before.status === change.status) {
    throw new UserFacingError(`The customer is already ${change.status}.`, { status: [`Already ${change.status}.`] });
  }
  await ctx.tx.update(customers).set({ status: change.status, statusChangedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(customers.id, id));
  await ctx.tx.insert(customerStatusHistory).values({
    tenantId,
    customerId: id,
    fromStatus: before.status,
    toStatus: change.status,
    reason: change.reason,
    effectiveDate: change.effectiveDate,
    changedBy: ctx.userId,
  });
  await ctx.audit({
    action: "customer.status_change",
    entityType: "customer",
    entityId: id,
    before: { status: before.status },
    after: { status: change.status, reason: change.reason, effectiveDate: change.effectiveDate },
  });
}
