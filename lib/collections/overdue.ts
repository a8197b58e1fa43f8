import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import { formatCalendarDate } from "@/lib/time/format";
import { queueMessages } from "@/lib/notify/queue";
import { smsAmount } from "@/lib/notify/templates";
import { addDays } from "@/lib/billing/dates";
import { customerContacts, to } from "./contacts";
import { customersOwingPast } from "./overdue-balances";
import type { StepCtx } from "./step-context";

type Row = { id: string; customer_id: string; number: string; due_date: string; balance: string | number };

/**
 * Marks invoices still unpaid after their due date as overdue (once: the day
 * the job first finds them) and queues the overdue notice. Set-based; the
 * mark and the messages commit together, so a retried step adds nothing.
 */
export async function markOverdue(ctx: StepCtx): Promise<{ overdue: number; messages: number }> {
  const rows = rowsOf<Row>(
    await ctx.tx.execute(sql`
      update invoices set overdue_on = ${ctx.today}::date
      where status in ('open', 'partially_paid') and due_date < ${ctx.today}::date and overdue_on is null
      returning id, customer_id, number, due_date::text, (total - amount_paid) as balance`),
  );
  if (rows.length === 0) return { overdue: 0, messages: 0 };
  // The notice goes only to customers whose credit does not cover what is now overdue.
  const owing = await customersOwingPast(ctx.tx, addDays(ctx.today, -1), [...new Set(rows.map((r) => r.customer_id))]);
  const contacts = await customerContacts(ctx.tx, rows.map((r) => r.customer_id));
  const messages = await queueMessages(
    ctx.tx,
    ctx.tenantId,
    ctx.notify,
    rows.flatMap((r) => {
      const c = contacts.get(r.customer_id);
      const owed = owing.get(r.customer_id);
      if (!c || !owed) return [];
      return [{
        key: "overdue" as const,
        to: to(c),
        vars: { name: c.firstName, account_no: c.accountNo, invoice_no: r.number, amount: smsAmount(Math.min(Number(r.balance), owed)), due_date: formatCalendarDate(r.due_date) },
        dedupeKey: `overdue:${r.id}`,
      }];
    }),
  );
  return { overdue: rows.length, messages };
}
