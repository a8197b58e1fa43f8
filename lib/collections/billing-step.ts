import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import { executeBillingRun, type BillingRunResult, type RunCtx } from "@/lib/billing/run";
import { formatCalendarDate } from "@/lib/time/format";
import { loadNotifyConfig, queueMessages } from "@/lib/notify/queue";
import { smsAmount } from "@/lib/notify/templates";

type Row = { id: string; number: string; balance: string | number; due_date: string; first_name: string; account_no: string; mobile: string | null; email: string | null; customer_id: string };

/** Queues the "new invoice" message for each invoice of a run that still has something to pay (credit may have paid it). */
export async function queueInvoiceMessages(tx: Tx, tenantId: string, runId: string): Promise<number> {
  const rows = rowsOf<Row>(
    await tx.execute(sql`
      select i.id, i.number, (i.total - i.amount_paid) as balance, i.due_date::text, c.id as customer_id, c.first_name, c.account_no, c.mobile, c.email
      from invoices i join customers c on c.tenant_id = i.tenant_id and c.id = i.customer_id
      where i.billing_run_id = ${runId}::uuid and i.total > i.amount_paid`),
  );
  if (rows.length === 0) return 0;
  const config = await loadNotifyConfig(tx, tenantId);
  return queueMessages(
    tx,
    tenantId,
    config,
    rows.map((r) => ({
      key: "invoice_issued" as const,
      to: { customerId: r.customer_id, mobile: r.mobile, email: r.email },
      vars: { name: r.first_name, account_no: r.account_no, invoice_no: r.number, amount: smsAmount(Number(r.balance)), due_date: formatCalendarDate(r.due_date) },
      dedupeKey: `invoice_issued:${r.id}`,
    })),
  );
}

/** The billing run as users and the schedule start it: the invoices, then their messages, in one transaction. */
export async function runBillingAndNotify(ctx: RunCtx, tenantId: string, runDate: string): Promise<BillingRunResult & { messages: number }> {
  const result = await executeBillingRun(ctx, tenantId, runDate);
  const messages = result.runId ? await queueInvoiceMessages(ctx.tx, tenantId, result.runId) : 0;
  return { ...result, messages };
}
