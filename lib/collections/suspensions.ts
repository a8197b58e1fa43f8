import { and, eq, lte, sql } from "drizzle-orm";
import { uuidList } from "@/db/id-list";
import { rowsOf } from "@/db/rows";
import { customers, subscriptions } from "@/db/schema";
import { addDays } from "@/lib/billing/dates";
import { getBillingSettings } from "@/lib/billing/settings";
import { formatPesos } from "@/lib/money";
import { queueMessages } from "@/lib/notify/queue";
import { smsAmount } from "@/lib/notify/templates";
import { customerContacts, to } from "./contacts";
import { customersOwingPast } from "./overdue-balances";
import type { StepCtx } from "./step-context";

/** The last due date that is past due + grace on `today`: a balance due on or before it suspends the line. */
export function pastGraceDueDate(today: string, graceDays: number): string {
  return addDays(today, -(graceDays + 1));
}

/**
 * Suspends the active lines of customers who still owe on invoices past due
 * + grace (after their credit is counted): the status change carries the
 * reason and the cause "nonpayment" (so paying reconnects it), the customer
 * is told, and a technician gets a "to disconnect" job.
 */
export async function suspendUnpaid(ctx: StepCtx): Promise<{ suspended: number; workItems: number; messages: number }> {
  const settings = await getBillingSettings(ctx.tx, ctx.tenantId);
  const owing = await customersOwingPast(ctx.tx, pastGraceDueDate(ctx.today, settings.graceDays));
  if (owing.size === 0) return { suspended: 0, workItems: 0, messages: 0 };
  const lines = await ctx.tx
    .select({ id: subscriptions.id, customerId: subscriptions.customerId, customerStatus: customers.status })
    .from(subscriptions)
    .innerJoin(customers, and(eq(customers.tenantId, subscriptions.tenantId), eq(customers.id, subscriptions.customerId)))
    .where(
      and(
        eq(subscriptions.status, "active"),
        // A line activated after the run's date (a replayed day) was not running yet,
        lte(subscriptions.activatedOn, ctx.today),
        // nor can a line be suspended before its latest change.
        sql`not exists (select 1 from subscription_events e where e.subscription_id = ${subscriptions.id} and e.effective_date > ${ctx.today}::date)`,
        sql`${subscriptions.customerId} in ${uuidList([...owing.keys()])}`,
      ),
    )
    .orderBy(customers.accountNo)
    // Locked, and re-checked after any wait: a line a cashier or a concurrent run changed meanwhile drops out.
    .for("update", { of: subscriptions });
  if (lines.length === 0) return { suspended: 0, workItems: 0, messages: 0 };
  // Set-based: a bad month at a large ISP suspends thousands of lines in this one step.
  const reasonOf = (customerId: string) => `Unpaid balance of ${formatPesos(owing.get(customerId)!)} past due date and grace period`;
  const lineRows = lines.map((l) => ({ id: l.id, customer_id: l.customerId, reason: reasonOf(l.customerId) }));
  const workItems = await suspendLines(ctx, lineRows);
  const customersDone = new Set(lines.map((l) => l.customerId));
  const customerRows = [...new Set(lines.filter((l) => l.customerStatus === "active").map((l) => l.customerId))].map((id) => ({ id, reason: reasonOf(id) }));
  await suspendCustomers(ctx, customerRows);
  const contacts = await customerContacts(ctx.tx, [...customersDone]);
  const messages = await queueMessages(
    ctx.tx,
    ctx.tenantId,
    ctx.notify,
    [...customersDone].flatMap((id) => {
      const c = contacts.get(id);
      return c
        ? [{ key: "suspended" as const, to: to(c), vars: { name: c.firstName, account_no: c.accountNo, amount: smsAmount(owing.get(id)!) }, dedupeKey: `suspended:${id}:${ctx.today}` }]
        : [];
    }),
  );
  return { suspended: lines.length, workItems, messages };
}

type LineRow = { id: string; customer_id: string; reason: string };

/**
 * What transitionSubscription(…, "suspend") does for one line, for all of
 * them in five statements: the status and cause, the history event, the
 * audit row, and a "to disconnect" job (unless one is open). Returns the
 * number of jobs opened.
 */
async function suspendLines(ctx: StepCtx, rows: LineRow[]): Promise<number> {
  const data = sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id uuid, customer_id uuid, reason text)`;
  await ctx.tx.execute(sql`
    update subscriptions s set status = 'suspended', suspension_cause = 'nonpayment', updated_at = now()
    from ${data} where s.id = r.id`);
  await ctx.tx.execute(sql`
    insert into subscription_events (tenant_id, subscription_id, kind, effective_date, from_status, to_status, reason, changed_by)
    select ${ctx.tenantId}::uuid, r.id, 'suspended', ${ctx.today}::date, 'active', 'suspended', r.reason, ${ctx.userId}::uuid from ${data}`);
  await ctx.tx.execute(sql`
    insert into audit_log (tenant_id, user_id, action, entity_type, entity_id, changes, ip, user_agent)
    select ${ctx.tenantId}::uuid, ${ctx.userId}::uuid, 'subscription.suspend', 'subscription', r.id::text,
      jsonb_build_object('before', jsonb_build_object('status', 'active'),
                         'after', jsonb_build_object('status', 'suspended', 'date', ${ctx.today}::text, 'reason', r.reason)),
      null, ${ctx.userAgent}
    from ${data}`);
  const opened = rowsOf<{ id: string }>(
    await ctx.tx.execute(sql`
      insert into work_items (tenant_id, kind, customer_id, subscription_id, due_on, reason)
      select ${ctx.tenantId}::uuid, 'disconnect', r.customer_id, r.id, ${ctx.today}::date, r.reason from ${data}
      on conflict (tenant_id, subscription_id, kind) where status = 'open' do nothing
      returning id`),
  );
  return opened.length;
}

/** What changeCustomerStatus(…, "suspended") does, for every customer at once. */
async function suspendCustomers(ctx: StepCtx, rows: { id: string; reason: string }[]): Promise<void> {
  if (rows.length === 0) return;
  const data = sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id uuid, reason text)`;
  const changed = rowsOf<{ id: string }>(
    await ctx.tx.execute(sql`
      update customers c set status = 'suspended', status_changed_at = now(), updated_at = now()
      from ${data} where c.id = r.id and c.status = 'active'
      returning c.id`),
  );
  if (changed.length === 0) return;
  const only = sql`r.id in ${uuidList(changed.map((c) => c.id))}`;
  await ctx.tx.execute(sql`
    insert into customer_status_history (tenant_id, customer_id, from_status, to_status, reason, effective_date, changed_by)
    select ${ctx.tenantId}::uuid, r.id, 'active', 'suspended', r.reason, ${ctx.today}::date, ${ctx.userId}::uuid from ${data} where ${only}`);
  await ctx.tx.execute(sql`
    insert into audit_log (tenant_id, user_id, action, entity_type, entity_id, changes, ip, user_agent)
    select ${ctx.tenantId}::uuid, ${ctx.userId}::uuid, 'customer.status_change', 'customer', r.id::text,
      jsonb_build_object('before', jsonb_build_object('status', 'active'),
                         'after', jsonb_build_object('status', 'suspended', 'reason', r.reason, 'effectiveDate', ${ctx.today}::text)),
      null, ${ctx.userAgent}
    from ${data} where ${only}`);
}
