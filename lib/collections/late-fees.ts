import { sql } from "drizzle-orm";
import { uuidList } from "@/db/id-list";
import { rowsOf } from "@/db/rows";
import { addDays } from "@/lib/billing/dates";
import { lateFee, type LateFeeRule } from "@/lib/billing/late-fee";
import { getBillingSettings } from "@/lib/billing/settings";
import { formatPesos } from "@/lib/money";
import { queueMessages } from "@/lib/notify/queue";
import { smsAmount } from "@/lib/notify/templates";
import { customerContacts, to } from "./contacts";
import { customersOwingPast } from "./overdue-balances";
import type { StepCtx } from "./step-context";

type Row = { id: string; customer_id: string; number: string; balance: string | number };

/**
 * Charges the late fee once per invoice, from the first day past grace (due
 * date + grace days + 1), on the balance then overdue, net of any credit on
 * the account. The fee is a charge on
 * the customer's account that the next invoice bills; the invoice is marked
 * so it never gets a second fee.
 */
export async function applyLateFees(ctx: StepCtx): Promise<{ lateFees: number; amount: number; messages: number }> {
  const settings = await getBillingSettings(ctx.tx, ctx.tenantId);
  const rule: LateFeeRule =
    settings.lateFeeKind === "flat"
      ? { kind: "flat", amount: settings.lateFeeAmount }
      : settings.lateFeeKind === "percent"
        ? { kind: "percent", rateBp: settings.lateFeeRateBp }
        : { kind: "none" };
  if (rule.kind === "none") return { lateFees: 0, amount: 0, messages: 0 };
  // lateFeeDate(due, grace) <= today  <=>  due <= today - grace - 1
  const lastDue = addDays(ctx.today, -(settings.graceDays + 1));
  // Locked: a payment posted meanwhile waits, or is seen.
  const rows = rowsOf<Row>(
    await ctx.tx.execute(sql`
      select id, customer_id, number, (total - amount_paid) as balance from invoices
      where status in ('open', 'partially_paid') and due_date <= ${lastDue}::date and not late_fee_applied
      order by due_date, number
      for update`),
  );
  if (rows.length === 0) return { lateFees: 0, amount: 0, messages: 0 };
  // Credit on the account (an overpayment, a cancellation credit) counts against what is overdue:
  // only what the customer still owes past grace is late, and the fee is on that.
  const owing = await customersOwingPast(ctx.tx, lastDue, [...new Set(rows.map((r) => r.customer_id))]);
  const fees = rows
    .filter((r) => owing.has(r.customer_id))
    .map((r) => ({ ...r, fee: lateFee(rule, Math.min(Number(r.balance), owing.get(r.customer_id)!)) }))
    .filter((r) => r.fee > 0);
  if (fees.length === 0) return { lateFees: 0, amount: 0, messages: 0 };
  await ctx.tx.execute(sql`update invoices set late_fee_applied = true where id in ${uuidList(fees.map((f) => f.id))}`);
  await ctx.tx.execute(sql`
    insert into adjustments (tenant_id, customer_id, kind, category, amount, reason, effective_on, source_invoice_id, created_by)
    select ${ctx.tenantId}::uuid, r.customer_id, 'charge', 'late_fee', r.fee, r.reason, ${ctx.today}::date, r.id, ${ctx.userId}::uuid
    from jsonb_to_recordset(${JSON.stringify(fees.map((f) => ({ id: f.id, customer_id: f.customer_id, fee: f.fee, reason: `Late fee on invoice ${f.number}` })))}::jsonb)
      as r(id uuid, customer_id uuid, fee bigint, reason text)`);
  const contacts = await customerContacts(ctx.tx, fees.map((f) => f.customer_id));
  const messages = await queueMessages(
    ctx.tx,
    ctx.tenantId,
    ctx.notify,
    fees.flatMap((f) => {
      const c = contacts.get(f.customer_id);
      return c
        ? [{ key: "late_fee" as const, to: to(c), vars: { name: c.firstName, account_no: c.accountNo, invoice_no: f.number, amount: smsAmount(f.fee) }, dedupeKey: `late_fee:${f.id}` }]
        : [];
    }),
  );
  const amount = fees.reduce((s, f) => s + f.fee, 0);
  await ctx.audit({ action: "billing.late_fees", entityType: "job", after: { date: ctx.today, invoices: fees.length, total: formatPesos(amount) } });
  return { lateFees: fees.length, amount, messages };
}
