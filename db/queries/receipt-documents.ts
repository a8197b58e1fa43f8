import { and, asc, eq } from "drizzle-orm";
import { customers, invoices, paymentAllocations, payments, users } from "../schema";
import type { Tx } from "../types";

/** What a payment receipt prints: the payment, its customer and cashier, and the invoices it paid. */
export async function receiptDocument(tx: Tx, { id }: { id: string }) {
  const [payment] = await tx
    .select({
      id: payments.id,
      receiptNumber: payments.receiptNumber,
      amount: payments.amount,
      method: payments.method,
      reference: payments.reference,
      paidOn: payments.paidOn,
      status: payments.status,
      voidReason: payments.voidReason,
      accountNo: customers.accountNo,
      firstName: customers.firstName,
      lastName: customers.lastName,
      cashier: users.name,
    })
    .from(payments)
    .innerJoin(customers, and(eq(customers.tenantId, payments.tenantId), eq(customers.id, payments.customerId)))
    .leftJoin(users, and(eq(users.tenantId, payments.tenantId), eq(users.id, payments.receivedBy)))
    .where(eq(payments.id, id));
  if (!payment) return null;
  const allocations = await tx
    .select({ invoiceNumber: invoices.number, amount: paymentAllocations.amount })
    .from(paymentAllocations)
    .innerJoin(invoices, and(eq(invoices.tenantId, paymentAllocations.tenantId), eq(invoices.id, paymentAllocations.invoiceId)))
    .where(eq(paymentAllocations.paymentId, id))
    .orderBy(asc(invoices.number));
  return { ...payment, allocations };
}

export type ReceiptData = NonNullable<Awaited<ReturnType<typeof receiptDocument>>>;
