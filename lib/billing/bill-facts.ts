import { billBalances, type BillBalance, type InvoiceScope } from "@/db/queries/bill-balances";
import type { Tx } from "@/db/types";
import { billQrText } from "./bill-qr";
import { addDays, type IsoDate } from "./dates";
import { payToOf, type PayTo } from "./pay-to";
import { getBillingSettings } from "./settings";

/**
 * What a subscriber reads at the top of a bill, as of the day it was issued:
 *
 *   previous balance      what the previous bill left owing (negative: credit)
 * − payments since        received after the previous bill, before this one
 * + current charges       this invoice's total
 * = total amount due      the ledger's balance right after this invoice
 *
 * In the statement of account's order (lib/billing/ledger.ts) and with its
 * rules (void documents count for nothing), so the total due of the latest
 * bill is the customer's balance (customer_balances) until something new
 * happens, apart from one-off charges and credits still waiting for an
 * invoice, which the next bill carries. Re-printing an old bill gives the
 * figures of its day, not today's (with today's voids: a payment or invoice
 * voided since counts for nothing, as on the statement).
 */
export type BillFacts = {
  previousInvoice: { number: string; issueDate: IsoDate } | null;
  previousBalance: number;
  paymentsSince: number;
  currentCharges: number;
  totalDue: number;
  dueDate: IsoDate;
  /** When the daily run suspends the line if the bill is still unpaid. */
  disconnectionDate: IsoDate;
  /** What the QR code holds: the account number and the amount due. */
  qrText: string;
};

/**
 * The first day the daily run suspends a line whose bill is unpaid: the day
 * after due date + grace days (pastGraceDueDate in lib/collections/suspensions.ts
 * is its inverse), the same day the late fee applies (lateFeeDate).
 */
export function disconnectionDate(dueDate: IsoDate, graceDays: number): IsoDate {
  return addDays(dueDate, graceDays + 1);
}

export function billFacts(balance: BillBalance, invoice: { total: number; dueDate: IsoDate; accountNo: string }, graceDays: number): BillFacts {
  const previousBalance = balance.billedBefore - balance.paidBefore;
  const totalDue = previousBalance - balance.paidSince + invoice.total;
  return {
    previousInvoice: balance.previousNumber && balance.previousIssueDate ? { number: balance.previousNumber, issueDate: balance.previousIssueDate } : null,
    previousBalance,
    paymentsSince: balance.paidSince,
    currentCharges: invoice.total,
    totalDue,
    dueDate: invoice.dueDate,
    disconnectionDate: disconnectionDate(invoice.dueDate, graceDays),
    qrText: billQrText({ accountNo: invoice.accountNo, amountDue: totalDue }),
  };
}

type BilledInvoice = { id: string; status: string; total: number; dueDate: IsoDate; accountNo: string };

/**
 * The bill facts of invoices (one, or a whole run's: one query for all) and
 * how to pay: what the invoice page and the invoice PDF both print. A void
 * invoice bills nothing and gets none.
 */
export async function billsFor(tx: Tx, tenantId: string, invoices: readonly BilledInvoice[], scope: InvoiceScope): Promise<{ payTo: PayTo; facts: Map<string, BillFacts> }> {
  const settings = await getBillingSettings(tx, tenantId);
  const balances = invoices.some((i) => i.status !== "void") ? await billBalances(tx, scope) : new Map<string, BillBalance>();
  const facts = new Map<string, BillFacts>();
  for (const invoice of invoices) {
    const balance = balances.get(invoice.id);
    if (invoice.status !== "void" && balance) facts.set(invoice.id, billFacts(balance, invoice, settings.graceDays));
  }
  return { payTo: payToOf(settings), facts };
}
