import type { BackBilledRow } from "@/components/billing/back-billed-table";
import type { PreviewRow } from "@/components/billing/run-preview-table";
import type { BackBilledSubscription, PlannedInvoice } from "@/lib/billing/run";

/** How many invoices the preview lists; the counts and grand total always cover the whole run. */
export const PREVIEW_ROWS = 200;

export type PlanSummary = {
  count: number;
  grandTotal: number;
  customers: number;
  rows: PreviewRow[];
  /** Subscriptions billed for periods already over, and by how much in all. */
  backBilled: { count: number; total: number; rows: BackBilledRow[] };
};

/** A planned run reduced to what the preview page shows (the plan itself can be 100,000 invoices). */
export function summarizePlan(invoices: PlannedInvoice[], backBilled: BackBilledSubscription[] = [], limit = PREVIEW_ROWS): PlanSummary {
  return {
    backBilled: {
      count: backBilled.length,
      total: backBilled.reduce((sum, b) => sum + b.amount, 0),
      rows: backBilled.slice(0, limit).map((b) => ({
        subscriptionId: b.subscriptionId,
        customerId: b.customerId,
        accountNo: b.accountNo,
        customerName: b.customerName,
        from: b.from,
        until: b.until,
        periods: b.periods,
        installationFee: b.installationFee,
        amount: b.amount,
        billedElsewhereUntil: b.billedElsewhereUntil,
      })),
    },
    count: invoices.length,
    grandTotal: invoices.reduce((sum, i) => sum + i.totals.total, 0),
    customers: new Set(invoices.map((i) => i.customerId)).size,
    rows: invoices.slice(0, limit).map((i) => ({
      subscriptionId: i.subscriptionId,
      customerId: i.customerId,
      accountNo: i.accountNo,
      customerName: i.customerName,
      periodStart: i.period.start,
      periodEnd: i.period.end,
      lines: [...i.lines.map((l) => ({ description: l.description, amount: l.amount })), ...(i.totals.vat > 0 && i.totals.total !== i.totals.subtotal ? [{ description: "VAT", amount: i.totals.vat }] : [])],
      total: i.totals.total,
    })),
  };
}
