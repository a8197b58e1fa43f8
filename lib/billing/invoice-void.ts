import { eq, sql } from "drizzle-orm";
import { invoices, paymentAllocations, payments } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { formatPesos } from "@/lib/money";

export type VoidInvoiceCtx = { tx: Tx; audit: (e: AuditEntry) => Promise<void>; userId: string | null };

/**
 * Voids an invoice with its reason. The row and its number stay (numbers are
 * gapless and never reused); a void invoice no longer counts toward the
 * balance and its period can be billed again by the next run. Money already
 * allocated to it must be moved first by voiding those payments, so a
 * receipt never points at a void invoice.
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
  await ctx.audit({
    action: "invoice.void",
    entityType: "invoice",
    entityId: id,
    before: { status: invoice.status },
    after: { status: "void", number: invoice.number, total: formatPesos(invoice.total), reason },
  });
  return { number: invoice.number };
}
