import type { BillFacts } from "@/lib/billing/bill-facts";
import type { PayTo } from "@/lib/billing/pay-to";
import { formatPesos } from "@/lib/money";
import { formatIsoDate } from "./format";

/**
 * The words of a bill's account summary and how-to-pay block, shared by the
 * invoice page and the invoice PDF so both say exactly the same.
 */
export type SummaryRow = { label: string; amount: string; strong?: boolean };

export function summaryRows(f: BillFacts): SummaryRow[] {
  const since = f.previousInvoice ? formatIsoDate(f.previousInvoice.issueDate) : null;
  return [
    { label: f.previousInvoice ? `Previous balance (${f.previousInvoice.number}, ${since})` : "Previous balance", amount: formatPesos(f.previousBalance) },
    { label: since ? `Payments received since ${since}` : "Payments received", amount: formatPesos(-f.paymentsSince) },
    { label: "Current charges (this invoice)", amount: formatPesos(f.currentCharges) },
    { label: "Total amount due", amount: formatPesos(Math.max(0, f.totalDue)), strong: true },
  ];
}

/** Under the total: the due date and what happens if it passes, or the credit that is left. */
export function dueLines(f: BillFacts): { due: string; warning: string | null; credit: string | null } {
  if (f.totalDue <= 0) {
    return {
      due: "Nothing to pay on this bill.",
      warning: null,
      credit: f.totalDue < 0 ? `Your credit of ${formatPesos(-f.totalDue)} goes to your next bill.` : null,
    };
  }
  return {
    due: `Please pay by ${formatIsoDate(f.dueDate)}.`,
    warning: `Service may be disconnected on ${formatIsoDate(f.disconnectionDate)} if unpaid.`,
    credit: null,
  };
}

/** "GCash: 0917 123 4567 (Juan Dela Cruz)", bank accounts, office hours: one entry a line. */
export function payToLines(p: PayTo): { label: string; text: string }[] {
  return [
    ...p.wallets.map((w) => ({ label: w.label, text: w.name ? `${w.number} (${w.name})` : w.number })),
    ...p.bankAccounts.map((b) => ({ label: "Bank", text: b })),
    ...(p.officeHours ? [{ label: "Office hours", text: p.officeHours }] : []),
  ];
}

/** Under the how-to-pay lines: what makes a transfer easy to match to the account. */
export function transferNote(accountNo: string): string {
  return `When you send money, put your account number ${accountNo} in the message and keep the reference number.`;
}

/** How the cashier finds the account from the QR code. */
export const QR_CAPTION = "Scan at the counter";
