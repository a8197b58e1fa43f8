import { and, eq, isNull, sql } from "drizzle-orm";
import { uuidList } from "@/db/id-list";
import { rowsOf } from "@/db/rows";
import type { Database } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { subscriptions } from "@/db/schema";
import { auditAll, type AuditEntry } from "@/lib/audit/record";
import { getBillingSettings } from "@/lib/billing/settings";
import { queueMessages, type MessageRequest } from "@/lib/notify/queue";
import { customerContacts, to } from "./contacts";
import { customersOwingPast } from "./overdue-balances";
import { pastGraceDueDate } from "./suspensions";
import { stepContext, type StepCtx } from "./step-context";

export type ReconnectionResult = { reconnect: number; resumed: number; fees: number; messages: number };

const RESUME_REASON = "Balance paid before disconnection";

/**
 * Lines suspended for non-payment whose customer no longer owes past grace
 * (the same test that suspended them) are brought back:
 * - not yet disconnected in the field (the "to disconnect" job still open):
 *   the job is cancelled and the line resumes at once, without a fee;
 * - already disconnected: the line is marked for reconnection, the
 *   reconnection fee (Settings > Billing) is charged, a "to reconnect" job is
 *   opened and the customer told; billing resumes when the technician marks
 *   the job done.
 * Runs in the transaction of a payment posted at the counter (so the
 * cashier's summary includes the fee: counter-payment.ts), on the payment's
 * event, and in the daily job (catch-up).
 *
 * Set-based, like the suspensions: a day on which thousands of cut-off
 * customers pay costs about a dozen statements, not a dozen per line. What
 * each line gets is what transitionSubscription(…, "resume") and the
 * reconnection request did for it one at a time (tests/support keeps that
 * per-line version, and a test holds the two equal).
 */
export async function requestReconnections(ctx: StepCtx, onlyCustomers?: readonly string[]): Promise<ReconnectionResult> {
  const result: ReconnectionResult = { reconnect: 0, resumed: 0, fees: 0, messages: 0 };
  const candidates = await ctx.tx
    .select({ id: subscriptions.id, customerId: subscriptions.customerId })
    .from(subscriptions)
    .where(
      and(
        eq(subscriptions.status, "suspended"),
        eq(subscriptions.suspensionCause, "nonpayment"),
        isNull(subscriptions.reconnectRequestedOn),
        onlyCustomers ? sql`${subscriptions.customerId} in ${uuidList(onlyCustomers)}` : undefined,
        // Never resumed before its own suspension (a payment recorded late, a replayed day). This also keeps
        // out what transitionSubscription would refuse: a resume dated before the activation or the last change.
        sql`not exists (select 1 from subscription_events e where e.subscription_id = ${subscriptions.id} and e.effective_date > ${ctx.today}::date)`,
      ),
    )
    // A payment event and the daily run can both get here: the lock makes the second wait and then skip the line.
    .for("update");
  if (candidates.length === 0) return result;
  const settings = await getBillingSettings(ctx.tx, ctx.tenantId);
  const owing = await customersOwingPast(ctx.tx, pastGraceDueDate(ctx.today, settings.graceDays), [...new Set(candidates.map((c) => c.customerId))]);
  const paid = candidates.filter((c) => !owing.has(c.customerId));
  if (paid.length === 0) return result;

  // Still waiting for the technician? Cancel those jobs, the ones still open once we hold them: a technician
  // marking one done at the same moment wins, and that line then takes the reconnection path below.
  const cancelled = new Set(
    rowsOf<{ subscription_id: string }>(
      await ctx.tx.execute(sql`
        update work_items set status = 'cancelled', note = 'Paid before the disconnection'
        where kind = 'disconnect' and status = 'open' and subscription_id in ${uuidList(paid.map((p) => p.id))}
        returning subscription_id`),
    ).map((r) => r.subscription_id),
  );
  const resumed = paid.filter((p) => cancelled.has(p.id));
  const marked = paid.filter((p) => !cancelled.has(p.id));
  await resumeLines(ctx, resumed.map((l) => l.id));
  const itemIds = await markForReconnection(ctx, marked, settings.reconnectionFee);

  const requests: MessageRequest[] = [];
  const contacts = await customerContacts(ctx.tx, marked.map((m) => m.customerId));
  for (const line of marked) {
    const c = contacts.get(line.customerId);
    const itemId = itemIds.get(line.id);
    if (c && itemId) requests.push({ key: "reconnection", to: to(c), vars: { name: c.firstName, account_no: c.accountNo }, dedupeKey: `reconnection:${itemId}` });
  }
  // One audit row per line, in the order the lines were found.
  await auditAll(
    ctx.audit,
    paid.map(
      (line): AuditEntry =>
        cancelled.has(line.id)
          ? { action: "subscription.resume", entityType: "subscription", entityId: line.id, before: { status: "suspended" }, after: { status: "active", date: ctx.today, reason: RESUME_REASON } }
          : { action: "subscription.reconnect_requested", entityType: "subscription", entityId: line.id, after: { date: ctx.today, workItemId: itemIds.get(line.id) ?? null } },
    ),
  );
  await restoreCustomerStatus(ctx, paid.map((p) => p.customerId), "Balance paid");
  result.resumed = resumed.length;
  result.reconnect = marked.length;
  result.fees = settings.reconnectionFee > 0 ? marked.length * settings.reconnectionFee : 0;
  result.messages = await queueMessages(ctx.tx, ctx.tenantId, ctx.notify, requests);
  return result;
}

/** What transitionSubscription(…, "resume") writes for a line, for all of them: the status (cause and request cleared) and the history event. */
async function resumeLines(ctx: StepCtx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await ctx.tx.execute(sql`
    update subscriptions set status = 'active', suspension_cause = null, reconnect_requested_on = null, updated_at = now()
    where id in ${uuidList(ids)}`);
  await ctx.tx.execute(sql`
    insert into subscription_events (tenant_id, subscription_id, kind, effective_date, from_status, to_status, reason, changed_by)
    select ${ctx.tenantId}::uuid, r.id::uuid, 'resumed', ${ctx.today}::date, 'suspended', 'active', ${RESUME_REASON}, ${ctx.userId}::uuid
    from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) with ordinality as r(id, n)
    order by r.n`);
}

/**
 * Lines cut in the field: marked for reconnection, a reconnection fee each
 * (when the tenant charges one), and a "to reconnect" job each unless one is
 * open already. Returns the new job of each line (none where one was open).
 */
async function markForReconnection(ctx: StepCtx, lines: readonly { id: string; customerId: string }[], fee: number): Promise<Map<string, string>> {
  if (lines.length === 0) return new Map();
  const data = sql`jsonb_to_recordset(${JSON.stringify(lines.map((l, n) => ({ id: l.id, customer_id: l.customerId, n })))}::jsonb) as r(id uuid, customer_id uuid, n int)`;
  await ctx.tx.execute(sql`update subscriptions s set reconnect_requested_on = ${ctx.today}::date from ${data} where s.id = r.id`);
  if (fee > 0) {
    await ctx.tx.execute(sql`
      insert into adjustments (tenant_id, customer_id, kind, category, amount, reason, effective_on, created_by)
      select ${ctx.tenantId}::uuid, r.customer_id, 'charge', 'reconnection_fee', ${fee}, 'Reconnection fee', ${ctx.today}::date, ${ctx.userId}::uuid
      from ${data} order by r.n`);
  }
  const opened = rowsOf<{ id: string; subscription_id: string }>(
    await ctx.tx.execute(sql`
      insert into work_items (tenant_id, kind, customer_id, subscription_id, due_on, reason)
      select ${ctx.tenantId}::uuid, 'reconnect', r.customer_id, r.id, ${ctx.today}::date, 'Balance paid' from ${data} order by r.n
      on conflict (tenant_id, subscription_id, kind) where status = 'open' do nothing
      returning id, subscription_id`),
  );
  return new Map(opened.map((o) => [o.subscription_id, o.id]));
}

/**
 * A suspended or disconnected customer whose lines are all running again is
 * active again: what changeCustomerStatus(…, "active") does, for every such
 * customer at once (the status, its history row, an audit row each).
 */
export async function restoreCustomerStatus(ctx: Pick<StepCtx, "tx" | "tenantId" | "userId" | "today" | "audit">, customerIds: readonly string[], reason: string): Promise<void> {
  if (customerIds.length === 0) return;
  const restored = rowsOf<{ id: string; from_status: string }>(
    await ctx.tx.execute(sql`
      with target as (
        select c.id, c.status from customers c
        where c.id in ${uuidList([...new Set(customerIds)])} and c.status in ('suspended', 'disconnected')
          and not exists (select 1 from subscriptions s where s.customer_id = c.id and s.status = 'suspended')
        for update of c
      ), changed as (
        update customers c set status = 'active', status_changed_at = now(), updated_at = now()
        from target t where c.id = t.id
        returning c.id, t.status as from_status
      ), history as (
        insert into customer_status_history (tenant_id, customer_id, from_status, to_status, reason, effective_date, changed_by)
        select ${ctx.tenantId}::uuid, id, from_status, 'active', ${reason}, ${ctx.today}::date, ${ctx.userId}::uuid from changed
      )
      select id, from_status from changed`),
  );
  await auditAll(
    ctx.audit,
    restored.map((r) => ({
      action: "customer.status_change",
      entityType: "customer",
      entityId: r.id,
      before: { status: r.from_status },
      after: { status: "active", reason, effectiveDate: ctx.today },
    })),
  );
}

/** A payment's event: reconnect what this customer's payment cleared, in a tenant transaction of its own. */
export async function reconnectAfterPayment(db: Database, tenantId: string, customerId: string, date: string): Promise<ReconnectionResult> {
  return withTenantOn(db, tenantId, async (tx) => requestReconnections(await stepContext(tx, tenantId, date, null), [customerId]));
}
