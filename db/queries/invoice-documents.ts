import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { barangays, customers, invoiceLines, invoices, paymentAllocations, payments } from "../schema";
import type { Tx } from "../types";
import type { InvoiceScope } from "./bill-balances";
import { sellerDetails, type SellerDetails } from "./seller";

/** Everything an invoice PDF prints, for one invoice or all invoices of a billing run, in number order. */
export async function invoiceDocuments(tx: Tx, where: InvoiceScope) {
  const filter: SQL = "ids" in where ? inArray(invoices.id, [...where.ids]) : eq(invoices.billingRunId, where.billingRunId);
  const heads = await tx
    .select({
      id: invoices.id,
      number: invoices.number,
      issueDate: invoices.issueDate,
      dueDate: invoices.dueDate,
      periodStart: invoices.periodStart,
      periodEnd: invoices.periodEnd,
      subtotal: invoices.subtotal,
      vatable: invoices.vatable,
      vat: invoices.vat,
      total: invoices.total,
      amountPaid: invoices.amountPaid,
      status: invoices.status,
      taxMode: invoices.taxMode,
      voidReason: invoices.voidReason,
      accountNo: customers.accountNo,
      firstName: customers.firstName,
      lastName: customers.lastName,
      addressLine: customers.addressLine,
      tin: customers.tin,
      barangay: barangays.name,
      city: barangays.city,
      province: barangays.province,
    })
    .from(invoices)
    .innerJoin(customers, and(eq(customers.tenantId, invoices.tenantId), eq(customers.id, invoices.customerId)))
    .innerJoin(barangays, and(eq(barangays.tenantId, customers.tenantId), eq(barangays.id, customers.barangayId)))
    .where(filter)
    .orderBy(asc(invoices.number));
  if (heads.length === 0) return { seller: null as SellerDetails | null, documents: [] };
  // Lines and payments by the same filter, joined: a run's id list could exceed the bind-parameter limit.
  const lines = await tx
    .select({ invoiceId: invoiceLines.invoiceId, description: invoiceLines.description, amount: invoiceLines.amount, kind: invoiceLines.kind })
    .from(invoiceLines)
    .innerJoin(invoices, and(eq(invoices.tenantId, invoiceLines.tenantId), eq(invoices.id, invoiceLines.invoiceId)))
    .where(filter)
    .orderBy(asc(invoiceLines.invoiceId), asc(invoiceLines.position));
  const paid = await tx
    .select({ invoiceId: paymentAllocations.invoiceId, receiptNumber: payments.receiptNumber, paidOn: payments.paidOn, amount: paymentAllocations.amount })
    .from(paymentAllocations)
    .innerJoin(payments, and(eq(payments.tenantId, paymentAllocations.tenantId), eq(payments.id, paymentAllocations.paymentId)))
    .innerJoin(invoices, and(eq(invoices.tenantId, paymentAllocations.tenantId), eq(invoices.id, paymentAllocations.invoiceId)))
    .where(and(filter, eq(payments.status, "posted")));
  const seller = await sellerDetails(tx);
  const linesBy = groupBy(lines, (l) => l.invoiceId);
  const paidBy = groupBy(paid, (p) => p.invoiceId);
  return {
    seller,
    documents: heads.map((h) => ({ ...h, lines: linesBy.get(h.id) ?? [], payments: paidBy.get(h.id) ?? [] })),
  };
}

export type InvoiceDocumentData = Awaited<ReturnType<typeof invoiceDocuments>>["documents"][number];

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
