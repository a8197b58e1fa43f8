import { and, eq, ne, sql } from "drizzle-orm";
import { adjustments, invoices, paymentAllocations, payments } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { formatPesos } from "@/lib/money";

export type VoidInvoiceCtx = { tx: Tx; audit: (e: AuditEntry) => Promise<void>; userId: string | null; tenantId: string };

/**
 * Voids an invoice with its reason. The row and its number stay (numbers are
 * gapless and never reused); a void invoice no longer counts toward the
 * balance and its period can be billed again by the next run. Money already
 * allocated to it must be moved first by voiding those payments, so a
 * receipt never points at a void invoice. Charges and credits it billed go
 * back to the account for the next invoice; what it gave rise to (a late fee
 * on it, a credit carried forward from it) is reversed by an opposite entry.
 */
export async function voidInvoice(ctx: VoidInvoiceCtx, id: string, reason: string): Promise<{ number: string }> {
  const { tx } = ctx;
  const [invoice] = await tx
    .select({ number: invoices.number, status: invoices.status, total: invoices.total, amountPaid: invoices.amountPaid })
    .from(invoices)
    .where(eq(invoices.id, id))
    .for("update");
  if (!invoice) throw new NotFoundError("That invoice");
  if (invoice.status === "void") throw new UserFacingError(`Invoice ${invoice.number} is already void.`);
  const receipts = await tx
    .select({ receiptNumber: payments.receiptNumber })
    .from(paymentAllocations)
    .innerJoin(payments, eq(payments.id, paymentAllocations.paymentId))
    .where(eq(paymentAllocations.invoiceId, id))
    .orderBy(payments.receiptNumber);
  if (receipts.length > 0 || invoice.amountPaid > 0) {
    const list = receipts.map((r) => r.receiptNumber).join(", ");
    throw new UserFacingError(`Invoice ${invoice.number} has payments allocated to it${list ? ` (${list})` : ""}: void the payments first.`);
  }
  await tx.update(invoices).set({ status: "void", voidReason: reason, voidedAt: sql`now()`, voidedBy: ctx.userId }).where(eq(invoices.id, id));
  await tx.update(adjustments).set({ invoiceId: null }).where(eq(adjustments.invoiceId, id));
  const derived = await tx
    .select({ customerId: adjustments.customerId, kind: adjustments.kind, amount: adjustments.amount, reason: adjustments.reason, effectiveOn: adjustments.effectiveOn })
    .from(adjustments)
    .where(and(eq(adjustments.sourceInvoiceId, id), ne(adjustments.category, "reversal")));
  if (derived.length) {
    await tx.insert(adjustments).values(
      derived.map((a) => ({
        tenantId: ctx.tenantId,
        customerId: a.customerId,
        kind: a.kind === "charge" ? ("credit" as const) : ("charge" as const),
        category: "reversal" as const,
        amount: a.amount,
        reason: `Reversal: ${a.reason} (invoice ${invoice.number} voided)`,
        effectiveOn: a.effectiveOn,
        sourceInvoiceId: id,
        createdBy: ctx.userId,
      })),
    );
  }
  await ctx.audit({
    action: "invoice.void",
    entityType: "invoice",
    entityId: id,
    before: { status: invoice.status },
    after: { status: "void", number: invoice.number, total: formatPesos(invoice.total), reason },
  });
  return { number: invoice.number };
}
