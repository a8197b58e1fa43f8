import { and, eq, lte, sql } from "drizzle-orm";
import { uuidList } from "@/db/id-list";
import { customers, subscriptions } from "@/db/schema";
import { addDays } from "@/lib/billing/dates";
import { getBillingSettings } from "@/lib/billing/settings";
import { changeCustomerStatus } from "@/lib/customers/customers";
import { formatPesos } from "@/lib/money";
import { queueMessages } from "@/lib/notify/queue";
import { smsAmount } from "@/lib/notify/templates";
import { transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { openWorkItem } from "@/lib/work-items/open";
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
  let workItems = 0;
  const customersDone = new Set<string>();
  for (const line of lines) {
    const owed = owing.get(line.customerId)!;
    const reason = `Unpaid balance of ${formatPesos(owed)} past due date and grace period`;
    await transitionSubscription(ctx, ctx.tenantId, line.id, "suspend", { date: ctx.today, reason, cause: "nonpayment" });
    const item = await openWorkItem(ctx.tx, ctx.tenantId, { kind: "disconnect", customerId: line.customerId, subscriptionId: line.id, dueOn: ctx.today, reason });
    if (item) workItems++;
    if (!customersDone.has(line.customerId)) {
      customersDone.add(line.customerId);
      if (line.customerStatus === "active") {
        await changeCustomerStatus(ctx, ctx.tenantId, line.customerId, { status: "suspended", reason, effectiveDate: ctx.today });
      }
    }
  }
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
