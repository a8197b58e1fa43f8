import { and, asc, desc, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { barangays, billingRuns, customers, invoiceLines, invoices, paymentAllocations, payments, users } from "../schema";
import type { Tx } from "../types";

export type InvoiceListFilters = {
  q?: string;
  /** "overdue" is derived: open or partly paid past the due date. */
  status?: "open" | "partially_paid" | "paid" | "void" | "overdue";
  /** YYYY-MM: invoices whose period starts in that month. */
  period?: string;
  barangayId?: string;
  /** More than this many days past due (and still unpaid). */
  overdueDays?: number;
  runId?: string;
  /** The tenant's today (YYYY-MM-DD): what "overdue" is measured against. */
  today: string;
};

export type InvoiceSortKey = "number" | "customer" | "period" | "issue" | "due" | "total" | "balance";

const unpaid = inArray(invoices.status, ["open", "partially_paid"]);
const balance = sql<number>`(${invoices.total} - ${invoices.amountPaid})`;

function nextMonth(ym: string): string {
  const [y, m] = ym.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

function invoiceWhere(f: InvoiceListFilters): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (f.q) {
    const term = `%${f.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where.push(or(sql`lower(${invoices.number}) like ${term}`, sql`${customers.searchText} like ${term}`));
  }
  switch (f.status) {
    case "overdue":
      where.push(unpaid, lt(invoices.dueDate, f.today));
      break;
    case "open":
    case "partially_paid":
      // Shown as "overdue" once past due, so the plain statuses leave those out.
      where.push(eq(invoices.status, f.status), gte(invoices.dueDate, f.today));
      break;
    case "paid":
    case "void":
      where.push(eq(invoices.status, f.status));
      break;
  }
  if (f.period) where.push(gte(invoices.periodStart, `${f.period}-01`), lt(invoices.periodStart, nextMonth(f.period)));
  if (f.barangayId) where.push(eq(customers.barangayId, f.barangayId));
  if (f.overdueDays) where.push(unpaid, sql`${invoices.dueDate} < ${f.today}::date - ${f.overdueDays}::int`);
  if (f.runId) where.push(eq(invoices.billingRunId, f.runId));
  const list = where.filter((w): w is SQL => w !== undefined);
  return list.length ? and(...list) : undefined;
}

function invoiceOrder(sort: InvoiceSortKey, dir: "asc" | "desc"): SQL[] {
  const d = dir === "desc" ? desc : asc;
  switch (sort) {
    case "customer":
      return [d(customers.lastName), d(customers.firstName), d(invoices.number)];
    case "period":
      return [d(invoices.periodStart), d(invoices.number)];
    case "issue":
      return [d(invoices.issueDate), d(invoices.number)];
    case "due":
      return [d(invoices.dueDate), d(invoices.number)];
    case "total":
      return [d(invoices.total), d(invoices.number)];
    case "balance":
      return [d(balance), d(invoices.number)];
    default:
      // Numbers are zero-padded in one series, so text order is creation order.
      return [d(invoices.number)];
  }
}

/** One page of the invoice list with its customer, and the count of the whole filtered view. */
export async function listInvoices(tx: Tx, opts: InvoiceListFilters & { sort: InvoiceSortKey; dir: "asc" | "desc"; page: number; pageSize: number }) {
  const where = invoiceWhere(opts);
  const customerJoin = and(eq(customers.tenantId, invoices.tenantId), eq(customers.id, invoices.customerId));
  const rows = await tx
    .select({
      id: invoices.id,
      number: invoices.number,
      customerId: invoices.customerId,
      accountNo: customers.accountNo,
      customerName: sql<string>`${customers.lastName} || ', ' || ${customers.firstName}`,
      periodStart: invoices.periodStart,
      periodEnd: invoices.periodEnd,
      issueDate: invoices.issueDate,
      dueDate: invoices.dueDate,
      total: invoices.total,
      amountPaid: invoices.amountPaid,
      status: invoices.status,
    })
    .from(invoices)
    .innerJoin(customers, customerJoin)
    .where(where)
    .orderBy(...invoiceOrder(opts.sort, opts.dir))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize);
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(invoices)
    .innerJoin(customers, customerJoin)
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

export type InvoiceListRow = Awaited<ReturnType<typeof listInvoices>>["rows"][number];

/** The barangays and the billed months (YYYY-MM of period starts, newest first) the list's filters offer. */
export async function invoiceFilterOptions(tx: Tx) {
  const brgys = await tx.select({ id: barangays.id, name: barangays.name, city: barangays.city }).from(barangays).orderBy(asc(barangays.name), asc(barangays.city));
  const month = sql<string>`to_char(${invoices.periodStart}, 'YYYY-MM')`;
  const months = await tx
    .selectDistinct({ month })
    .from(invoices)
    .where(sql`${invoices.periodStart} is not null`)
    .orderBy(desc(month))
    .limit(36);
  return { barangays: brgys, months: months.map((m) => m.month) };
}

/** An invoice with its customer, lines and the payments allocated to it; null when it does not exist (or is another tenant's). */
export async function getInvoice(tx: Tx, { id }: { id: string }) {
  const [invoice] = await tx
    .select({
      id: invoices.id,
      number: invoices.number,
      customerId: invoices.customerId,
      accountNo: customers.accountNo,
      firstName: customers.firstName,
      lastName: customers.lastName,
      addressLine: customers.addressLine,
      tin: customers.tin,
      barangay: barangays.name,
      city: barangays.city,
      province: barangays.province,
      periodStart: invoices.periodStart,
      periodEnd: invoices.periodEnd,
      issueDate: invoices.issueDate,
      dueDate: invoices.dueDate,
      subtotal: invoices.subtotal,
      vatable: invoices.vatable,
      vat: invoices.vat,
      total: invoices.total,
      amountPaid: invoices.amountPaid,
      status: invoices.status,
      taxMode: invoices.taxMode,
      billingRunId: invoices.billingRunId,
      voidReason: invoices.voidReason,
      voidedAt: invoices.voidedAt,
      voidedBy: users.name,
    })
    .from(invoices)
    .innerJoin(customers, and(eq(customers.tenantId, invoices.tenantId), eq(customers.id, invoices.customerId)))
    .innerJoin(barangays, and(eq(barangays.tenantId, customers.tenantId), eq(barangays.id, customers.barangayId)))
    .leftJoin(users, and(eq(users.tenantId, invoices.tenantId), eq(users.id, invoices.voidedBy)))
    .where(eq(invoices.id, id));
  if (!invoice) return null;
  const lines = await tx
    .select({ id: invoiceLines.id, kind: invoiceLines.kind, description: invoiceLines.description, amount: invoiceLines.amount })
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, id))
    .orderBy(asc(invoiceLines.position));
  const allocations = await tx
    .select({ id: paymentAllocations.id, paymentId: payments.id, receiptNumber: payments.receiptNumber, paidOn: payments.paidOn, method: payments.method, amount: paymentAllocations.amount })
    .from(paymentAllocations)
    .innerJoin(payments, and(eq(payments.tenantId, paymentAllocations.tenantId), eq(payments.id, paymentAllocations.paymentId)))
    .where(eq(paymentAllocations.invoiceId, id))
    .orderBy(asc(payments.paidOn), asc(payments.receiptNumber));
  return { ...invoice, lines, allocations };
}

export type InvoiceDetail = NonNullable<Awaited<ReturnType<typeof getInvoice>>>;

/** A billing run with the first and last invoice numbers it created. */
export async function getBillingRun(tx: Tx, { id }: { id: string }) {
  const [run] = await tx
    .select({
      id: billingRuns.id,
      runDate: billingRuns.runDate,
      invoiceCount: billingRuns.invoiceCount,
      total: billingRuns.total,
      createdAt: billingRuns.createdAt,
      createdBy: users.name,
      first: sql<string | null>`(select min(i.number) from ${invoices} i where i.tenant_id = ${billingRuns.tenantId} and i.billing_run_id = ${billingRuns.id})`,
      last: sql<string | null>`(select max(i.number) from ${invoices} i where i.tenant_id = ${billingRuns.tenantId} and i.billing_run_id = ${billingRuns.id})`,
    })
    .from(billingRuns)
    .leftJoin(users, and(eq(users.tenantId, billingRuns.tenantId), eq(users.id, billingRuns.createdBy)))
    .where(eq(billingRuns.id, id));
  return run ?? null;
}

/** The latest billing runs, for the Billing home. */
export async function recentBillingRuns(tx: Tx, { limit }: { limit: number }) {
  return tx
    .select({ id: billingRuns.id, runDate: billingRuns.runDate, invoiceCount: billingRuns.invoiceCount, total: billingRuns.total, createdAt: billingRuns.createdAt })
    .from(billingRuns)
    .orderBy(desc(billingRuns.createdAt))
    .limit(limit);
}

/** Counts and sums the Billing home shows above the list. */
export async function invoiceTotals(tx: Tx, { today }: { today: string }) {
  const [row] = await tx
    .select({
      unpaidCount: sql<number>`count(*) filter (where ${unpaid})::int`,
      unpaidBalance: sql<number>`coalesce(sum(${balance}) filter (where ${unpaid}), 0)::bigint`,
      overdueCount: sql<number>`count(*) filter (where ${unpaid} and ${invoices.dueDate} < ${today})::int`,
      overdueBalance: sql<number>`coalesce(sum(${balance}) filter (where ${unpaid} and ${invoices.dueDate} < ${today}), 0)::bigint`,
    })
    .from(invoices);
  return {
    unpaidCount: Number(row?.unpaidCount ?? 0),
    unpaidBalance: Number(row?.unpaidBalance ?? 0),
    overdueCount: Number(row?.overdueCount ?? 0),
    overdueBalance: Number(row?.overdueBalance ?? 0),
  };
}
