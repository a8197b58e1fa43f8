import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import { addDays } from "@/lib/billing/dates";
import { formatCalendarDate } from "@/lib/time/format";
import { queueMessages, type MessageRequest } from "@/lib/notify/queue";
import { smsAmount } from "@/lib/notify/templates";
import { customerContacts, to } from "./contacts";
import type { StepCtx } from "./step-context";

type Row = { id: string; customer_id: string; number: string; due_date: string; balance: string | number };

/**
 * Due-date reminders for unpaid invoices: one when the due date is within
 * the tenant's "days before" (the first day the job sees it, so a missed day
 * still sends it), and one on the due date itself. Dedupe keys keep each to
 * one message per invoice however often the step runs.
 */
export async function sendDueReminders(ctx: StepCtx): Promise<{ reminders: number }> {
  const before = ctx.notify.reminderDaysBefore;
  const horizon = addDays(ctx.today, before);
  const candidates = rowsOf<Row>(
    await ctx.tx.execute(sql`
      select id, customer_id, number, due_date::text, (total - amount_paid) as balance
      from invoices
      where status in ('open', 'partially_paid') and due_date >= ${ctx.today}::date and due_date <= ${horizon}::date`),
  );
  const keyOf = (r: Row) => `${r.due_date === ctx.today ? "due_today" : "due_reminder"}:${r.id}`;
  // Already reminded (an earlier day of the window): nothing to render again. The keys are looked up
  // in the outbox's unique index one by one, a plan that stays fast however stale the statistics are
  // (an anti-join planned right after the billing run wrote 100,000 invoices scanned the outbox per invoice).
  const sent = new Set(
    candidates.length === 0
      ? []
      : rowsOf<{ dedupe_key: string }>(
          await ctx.tx.execute(sql`
            select dedupe_key from outbox_messages
            where channel in ('sms', 'email') and dedupe_key in (select jsonb_array_elements_text(${JSON.stringify(candidates.map(keyOf))}::jsonb))`),
        ).map((m) => m.dedupe_key),
  );
  const rows = candidates.filter((r) => !sent.has(keyOf(r)));
  if (rows.length === 0) return { reminders: 0 };
  const contacts = await customerContacts(ctx.tx, rows.map((r) => r.customer_id));
  const requests: MessageRequest[] = [];
  for (const r of rows) {
    const c = contacts.get(r.customer_id);
    if (!c) continue;
    const vars = { name: c.firstName, account_no: c.accountNo, invoice_no: r.number, amount: smsAmount(Number(r.balance)), due_date: formatCalendarDate(r.due_date) };
    if (r.due_date === ctx.today) requests.push({ key: "due_today", to: to(c), vars, dedupeKey: keyOf(r) });
    else if (before > 0) requests.push({ key: "due_reminder", to: to(c), vars, dedupeKey: keyOf(r) });
  }
  return { reminders: await queueMessages(ctx.tx, ctx.tenantId, ctx.notify, requests) };
}
