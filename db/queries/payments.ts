import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { customers, invoices, paymentAllocations, payments, users } from "../schema";
import type { Tx } from "../types";

/** A customer's unpaid invoices in the order a payment pays them (oldest due first, as postPayment does). */
export async function openInvoicesOf(tx: Tx, { customerId }: { customerId: string }) {
  const rows = await tx
    .select({
      id: invoices.id,
      number: invoices.number,
      periodStart: invoices.periodStart,
      periodEnd: invoices.periodEnd,
      dueDate: invoices.dueDate,
      total: invoices.total,
      balance: sql<number>`(${invoices.total} - ${invoices.amountPaid})::bigint`,
      status: invoices.status,
    })
    .from(invoices)
    .where(and(eq(invoices.customerId, customerId), inArray(invoices.status, ["open", "partially_paid"])))
    .orderBy(asc(invoices.dueDate), asc(invoices.number));
  return rows.map((r) => ({ ...r, balance: Number(r.balance) }));
}

export async function recentPayments(tx: Tx, { customerId, limit = 5 }: { customerId: string; limit?: number }) {
  return tx
    .select({
      id: payments.id,
      receiptNumber: payments.receiptNumber,
      amount: payments.amount,
      method: payments.method,
      reference: payments.reference,
      paidOn: payments.paidOn,
      status: payments.status,
    })
    .from(payments)
    .where(eq(payments.customerId, customerId))
    .orderBy(desc(payments.paidOn), desc(payments.receiptNumber))
    .limit(limit);
}

/** One payment for its receipt: who paid, who received it, and the invoices it paid (none once void: a void reverses them). */
export async function getPayment(tx: Tx, { id }: { id: string }) {
  const voider = sql<string | null>`(select u.name from ${users} u where u.tenant_id = ${payments.tenantId} and u.id = ${payments.voidedBy})`;
  const [row] = await tx
    .select({
      id: payments.id,
      receiptNumber: payments.receiptNumber,
      amount: payments.amount,
      method: payments.method,
      reference: payments.reference,
      paidOn: payments.paidOn,
      status: payments.status,
      voidReason: payments.voidReason,
      voidedAt: payments.voidedAt,
      voidedBy: voider,
      createdAt: payments.createdAt,
      customerId: customers.id,
      accountNo: customers.accountNo,
      firstName: customers.firstName,
      lastName: customers.lastName,
      addressLine: customers.addressLine,
      cashier: users.name,
    })
    .from(payments)
    .innerJoin(customers, and(eq(customers.tenantId, payments.tenantId), eq(customers.id, payments.customerId)))
    .leftJoin(users, and(eq(users.tenantId, payments.tenantId), eq(users.id, payments.receivedBy)))
    .where(eq(payments.id, id));
  if (!row) return null;
  const allocations = await tx
    .select({ invoiceId: invoices.id, number: invoices.number, periodStart: invoices.periodStart, periodEnd: invoices.periodEnd, amount: paymentAllocations.amount })
    .from(paymentAllocations)
    .innerJoin(invoices, and(eq(invoices.tenantId, paymentAllocations.tenantId), eq(invoices.id, paymentAllocations.invoiceId)))
    .where(eq(paymentAllocations.paymentId, id))
    .orderBy(asc(invoices.dueDate), asc(invoices.number));
  const allocated = allocations.reduce((sum, a) => sum + a.amount, 0);
  // What this payment left unapplied is the customer's credit from it (nothing once void).
  const credit = row.status === "posted" ? row.amount - allocated : 0;
  return { ...row, allocations, allocated, credit };
}

export type PaymentDetail = NonNullable<Awaited<ReturnType<typeof getPayment>>>;

export type DayGroup = { cashierId: string | null; cashier: string; method: (typeof payments.method.enumValues)[number]; count: number; total: number };

/**
 * A day's receipts (by payment date) with collections per cashier and method.
 * Totals are summed from the same rows the receipt list shows, posted only,
 * so the end-of-day sheet always agrees with its own list.
 */
export async function dayCollections(tx: Tx, { date }: { date: string }) {
  const receipts = await tx
    .select({
      id: payments.id,
      receiptNumber: payments.receiptNumber,
      amount: payments.amount,
      method: payments.method,
      reference: payments.reference,
      status: payments.status,
      voidReason: payments.voidReason,
      accountNo: customers.accountNo,
      customer: sql<string>`${customers.firstName} || ' ' || ${customers.lastName}`,
      cashierId: payments.receivedBy,
      cashier: sql<string>`coalesce(${users.name}, 'Unknown')`,
    })
    .from(payments)
    .innerJoin(customers, and(eq(customers.tenantId, payments.tenantId), eq(customers.id, payments.customerId)))
    .leftJoin(users, and(eq(users.tenantId, payments.tenantId), eq(users.id, payments.receivedBy)))
    .where(eq(payments.paidOn, date))
    .orderBy(asc(payments.receiptNumber));
  const groups = new Map<string, DayGroup>();
  for (const r of receipts) {
    if (r.status !== "posted") continue;
    const key = `${r.cashierId ?? ""}|${r.method}`;
    const g = groups.get(key) ?? { cashierId: r.cashierId, cashier: r.cashier, method: r.method, count: 0, total: 0 };
    g.count += 1;
    g.total += r.amount;
    groups.set(key, g);
  }
  const posted = receipts.filter((r) => r.status === "posted");
  return {
    receipts,
    groups: [...groups.values()].sort((a, b) => a.cashier.localeCompare(b.cashier) || a.method.localeCompare(b.method)),
    count: posted.length,
    voidCount: receipts.length - posted.length,
    total: posted.reduce((sum, r) => sum + r.amount, 0),
  };
}
