import { and, eq } from "drizzle-orm";
import { customers, invoices, payments } from "../schema";
import type { Tx } from "../types";

/** An invoice with what a message about it needs: amounts, due date, and the customer's name and contacts. */
export async function invoiceForMessage(tx: Tx, { id }: { id: string }) {
  const [row] = await tx
    .select({
      id: invoices.id,
      number: invoices.number,
      status: invoices.status,
      total: invoices.total,
      amountPaid: invoices.amountPaid,
      dueDate: invoices.dueDate,
      customerId: customers.id,
      firstName: customers.firstName,
      lastName: customers.lastName,
      accountNo: customers.accountNo,
      mobile: customers.mobile,
      email: customers.email,
    })
    .from(invoices)
    .innerJoin(customers, and(eq(customers.tenantId, invoices.tenantId), eq(customers.id, invoices.customerId)))
    .where(eq(invoices.id, id));
  return row ?? null;
}

/** A payment with what its receipt message needs. */
export async function receiptForMessage(tx: Tx, { id }: { id: string }) {
  const [row] = await tx
    .select({
      id: payments.id,
      receiptNumber: payments.receiptNumber,
      status: payments.status,
      amount: payments.amount,
      paidOn: payments.paidOn,
      customerId: customers.id,
      firstName: customers.firstName,
      lastName: customers.lastName,
      accountNo: customers.accountNo,
      mobile: customers.mobile,
      email: customers.email,
    })
    .from(payments)
    .innerJoin(customers, and(eq(customers.tenantId, payments.tenantId), eq(customers.id, payments.customerId)))
    .where(eq(payments.id, id));
  return row ?? null;
}
