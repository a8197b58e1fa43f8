import { and, eq, isNull, sql } from "drizzle-orm";
import { uuidList } from "@/db/id-list";
import { adjustments, customers, subscriptions, workItems } from "@/db/schema";
import { getBillingSettings } from "@/lib/billing/settings";
import { changeCustomerStatus } from "@/lib/customers/customers";
import { queueMessages, type MessageRequest } from "@/lib/notify/queue";
import { transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { openWorkItem } from "@/lib/work-items/open";
import { customerContacts, to } from "@/lib/collections/contacts";
import { customersOwingPast } from "@/lib/collections/overdue-balances";
import { pastGraceDueDate } from "@/lib/collections/suspensions";
import type { StepCtx } from "@/lib/collections/step-context";

type ReconnectionResult = { reconnect: number; resumed: number; fees: number; messages: number };

/**
 * The reconnection step as it was before it became set-based (issue 12,
 * item 7): a loop of statements per paid line. Kept, unchanged but for its
 * imports, as the reference the equivalence test compares the set-based step
 * with (tests/db/reconnection-set-based.test.ts).
 *
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
 */
export async function requestReconnectionsPerLine(ctx: StepCtx, onlyCustomers?: readonly string[]): Promise<ReconnectionResult> {
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
        // Never resumed before its own suspension (a payment recorded late, a replayed day).
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
  const requests: MessageRequest[] = [];
  const contacts = await customerContacts(ctx.tx, paid.map((p) => p.customerId));
  for (const line of paid) {
    // Still waiting for the technician? Cancel that job, if it is still open once we hold it: a technician
    // marking it done at the same moment wins, and the line then takes the reconnection path below.
    const cancelled = await ctx.tx
      .update(workItems)
      .set({ status: "cancelled", note: "Paid before the disconnection" })
      .where(and(eq(workItems.subscriptionId, line.id), eq(workItems.kind, "disconnect"), eq(workItems.status, "open")))
      .returning({ id: workItems.id });
    if (cancelled.length > 0) {
      await transitionSubscription(ctx, ctx.tenantId, line.id, "resume", { date: ctx.today, reason: "Balance paid before disconnection" });
      result.resumed++;
      continue;
    }
    await ctx.tx.update(subscriptions).set({ reconnectRequestedOn: ctx.today }).where(eq(subscriptions.id, line.id));
    if (settings.reconnectionFee > 0) {
      await ctx.tx.insert(adjustments).values({
        tenantId: ctx.tenantId,
        customerId: line.customerId,
        kind: "charge",
        category: "reconnection_fee",
        amount: settings.reconnectionFee,
        reason: "Reconnection fee",
        effectiveOn: ctx.today,
        createdBy: ctx.userId,
      });
      result.fees += settings.reconnectionFee;
    }
    const itemId = await openWorkItem(ctx.tx, ctx.tenantId, { kind: "reconnect", customerId: line.customerId, subscriptionId: line.id, dueOn: ctx.today, reason: "Balance paid" });
    result.reconnect++;
    const c = contacts.get(line.customerId);
    if (c && itemId) requests.push({ key: "reconnection", to: to(c), vars: { name: c.firstName, account_no: c.accountNo }, dedupeKey: `reconnection:${itemId}` });
    await ctx.audit({ action: "subscription.reconnect_requested", entityType: "subscription", entityId: line.id, after: { date: ctx.today, workItemId: itemId } });
  }
  await restoreCustomerStatus(ctx, paid.map((p) => p.customerId), "Balance paid");
  result.messages = await queueMessages(ctx.tx, ctx.tenantId, ctx.notify, requests);
  return result;
}

/** A suspended or disconnected customer whose lines are all running again is active again. */
async function restoreCustomerStatus(ctx: Omit<StepCtx, "notify" | "userAgent">, customerIds: readonly string[], reason: string): Promise<void> {
  for (const customerId of new Set(customerIds)) {
    const [customer] = await ctx.tx.select({ status: customers.status }).from(customers).where(eq(customers.id, customerId));
    if (!customer || (customer.status !== "suspended" && customer.status !== "disconnected")) continue;
    const stillOff = await ctx.tx
      .select({ id: subscriptions.id })
      .from(subscriptions)
      .where(and(eq(subscriptions.customerId, customerId), eq(subscriptions.status, "suspended")));
    if (stillOff.length > 0) continue;
    await changeCustomerStatus(ctx, ctx.tenantId, customerId, { status: "active", reason, effectiveDate: ctx.today });
  }
}
