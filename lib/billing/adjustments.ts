import { eq } from "drizzle-orm";
import { adjustments, customers } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { NotFoundError } from "@/lib/errors";
import { formatPesos } from "@/lib/money";

export type AdjustmentInput = { customerId: string; kind: "charge" | "credit"; amount: number; reason: string; effectiveOn: string };

/** A one-off charge (a new router, a site visit) or credit (an outage) on a customer's account, with its reason. */
export async function createAdjustment(
  ctx: { tx: Tx; audit: (e: AuditEntry) => Promise<void>; userId: string | null },
  tenantId: string,
  input: AdjustmentInput,
): Promise<{ id: string }> {
  const [customer] = await ctx.tx.select({ id: customers.id }).from(customers).where(eq(customers.id, input.customerId));
  if (!customer) throw new NotFoundError("That customer");
  const [row] = await ctx.tx
    .insert(adjustments)
    .values({ tenantId, ...input, createdBy: ctx.userId })
    .returning({ id: adjustments.id });
  await ctx.audit({
    action: `adjustment.${input.kind}`,
    entityType: "adjustment",
    entityId: row!.id,
    after: { customerId: input.customerId, amount: formatPesos(input.amount), reason: input.reason, effectiveOn: input.effectiveOn },
  });
  return row!;
}
