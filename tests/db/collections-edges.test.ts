import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { createAdjustment } from "@/lib/billing/adjustments";
import { addDays } from "@/lib/billing/dates";
import { voidInvoice } from "@/lib/billing/invoice-void";
import { customerBalance, postPayment } from "@/lib/billing/payments";
import { executeBillingRun } from "@/lib/billing/run";
import { requestReconnections } from "@/lib/collections/reconnections";
import { stepContext } from "@/lib/collections/step-context";
import { UserFacingError } from "@/lib/errors";
import { runDailyPipeline } from "@/lib/jobs/daily";
import { transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { completeWorkItem } from "@/lib/work-items/complete";
import { backends, type TestDatabase } from "../support/databases";
import { tenantWithNonPayer } from "../support/non-payer";
import { actingAs, type TestTenant } from "../support/tenants";

/** Edge cases found in review: each once failed, or would have, before its fix. */
describe.each(backends)("collections edge cases on $name", ({ open }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => db?.drop());

  const as = <T,>(t: TestTenant, fn: (ctx: ReturnType<typeof actingAs> & { userId: string; tenantId: string; today: string }) => Promise<T>) =>
    withTenantOn(db.app, t.tenantId, (tx) => fn({ ...actingAs(tx, t), userId: t.ownerId, tenantId: t.tenantId, today: "2026-01-01" }));
  const rows = <T,>(t: TestTenant, query: ReturnType<typeof sql>) => withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<T>(await tx.execute(query)));
  const playTo = async (t: TestTenant, last: string) => {
    for (let day = "2026-01-01"; day <= last; day = addDays(day, 1)) await runDailyPipeline(db.app, t.tenantId, day, "cli");
  };
  const subscriptionOf = async (t: TestTenant) => (await rows<{ id: string }>(t, sql`select id from subscriptions`))[0]!.id;

  it("refuses to resume a line on a date before its suspension", async () => {
    const { t } = await tenantWithNonPayer(db, "edge-backdate");
    await playTo(t, "2026-01-14");
    const sub = await subscriptionOf(t);
    const attempt = as(t, (ctx) => transitionSubscription(ctx, t.tenantId, sub, "resume", { date: "2026-01-12" }));
    await expect(attempt).rejects.toThrow(UserFacingError);
    await expect(attempt).rejects.toThrow("The date cannot be before the last change, on 2026-01-14.");
  });

  it("a line the technician already cut gets the reconnection path (fee and job) when the payment comes", async () => {
    const { t, customerId } = await tenantWithNonPayer(db, "edge-cut");
    await playTo(t, "2026-01-14");
    const [job] = await rows<{ id: string }>(t, sql`select id from work_items where kind = 'disconnect'`);
    await as(t, (ctx) => completeWorkItem(ctx, job!.id, { date: "2026-01-15", note: "Cut" }));
    await as(t, (ctx) => postPayment(ctx, t.tenantId, { customerId, amount: 129900, method: "cash", paidOn: "2026-01-15" }));
    const result = await withTenantOn(db.app, t.tenantId, async (tx) => requestReconnections(await stepContext(tx, t.tenantId, "2026-01-15", null), [customerId]));
    expect(result).toMatchObject({ reconnect: 1, resumed: 0, fees: 20000 });
    expect(await rows(t, sql`select kind, status from work_items order by created_at`)).toEqual([
      { kind: "disconnect", status: "done" },
      { kind: "reconnect", status: "open" },
    ]);
  });

  it("a cancellation dated after the last invoiced span leaves the corrections to the next invoice, once", async () => {
    const { t } = await tenantWithNonPayer(db, "edge-late-cancel");
    const sub = await subscriptionOf(t);
    await as(t, (ctx) => executeBillingRun(ctx, t.tenantId, "2026-01-01"));
    await as(t, (ctx) => transitionSubscription(ctx, t.tenantId, sub, "suspend", { date: "2026-01-10" }));
    await as(t, (ctx) => transitionSubscription(ctx, t.tenantId, sub, "resume", { date: "2026-01-20" }));
    await as(t, (ctx) => transitionSubscription(ctx, t.tenantId, sub, "cancel", { date: "2026-02-15", reason: "Moving" }));
    expect(await rows(t, sql`select category from adjustments`)).toEqual([]);
    const feb = await as(t, (ctx) => executeBillingRun(ctx, t.tenantId, "2026-02-01"));
    // 14 of 28 days of February, and the 10 suspended January days credited once (129900 × 10 ÷ 31 = 41903.2).
    expect(feb.invoices[0]!.lines.map((l) => `${l.kind}:${l.amount}`)).toEqual(["service:64950", "suspension_credit:-41903"]);
  });

  it("voiding the invoice a cancellation credit corrects reverses that credit too", async () => {
    const { t, customerId } = await tenantWithNonPayer(db, "edge-void-cancel");
    const sub = await subscriptionOf(t);
    await as(t, (ctx) => executeBillingRun(ctx, t.tenantId, "2026-01-01"));
    await as(t, (ctx) => transitionSubscription(ctx, t.tenantId, sub, "cancel", { date: "2026-01-20", reason: "Moving" }));
    expect(await as(t, (ctx) => customerBalance(ctx.tx, customerId))).toBe(129900 - 50284);
    const [invoice] = await rows<{ id: string }>(t, sql`select id from invoices`);
    await as(t, (ctx) => voidInvoice(ctx, invoice!.id, "Wrong start date"));
    // The re-issued invoice bills Jan 1-19 only; the credit for Jan 20-31 is gone with the void.
    const again = await as(t, (ctx) => executeBillingRun(ctx, t.tenantId, "2026-01-01"));
    expect(again.invoices[0]!.totals.total).toBe(79616);
    expect(await as(t, (ctx) => customerBalance(ctx.tx, customerId))).toBe(79616);
  });

  it("credit on the account covering the overdue invoice: no late fee, no overdue notice, no suspension", async () => {
    const { t, customerId } = await tenantWithNonPayer(db, "edge-credit");
    await playTo(t, "2026-01-02");
    await as(t, (ctx) => createAdjustment(ctx, t.tenantId, { customerId, kind: "credit", amount: 150000, reason: "Outage compensation", effectiveOn: "2026-01-02" }));
    for (let day = "2026-01-03"; day <= "2026-01-20"; day = addDays(day, 1)) await runDailyPipeline(db.app, t.tenantId, day, "cli");
    const [counts] = await rows<Record<string, number>>(t, sql`select
      (select count(*)::int from adjustments where category = 'late_fee') as late_fees,
      (select count(*)::int from outbox_messages where template_key = 'overdue') as notices,
      (select count(*)::int from subscription_events where kind = 'suspended') as suspensions`);
    expect(counts).toEqual({ late_fees: 0, notices: 0, suspensions: 0 });
  });
});

describe.each(backends)("the payment action and reconnection on $name", ({ open }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => db?.drop());

  it("tells the cashier the line will be reconnected, and (without Inngest) opens the job right after the payment commits", async () => {
    const { postPaymentAction } = await import("@/app/(tenant)/t/[tenant]/(app)/payments/actions");
    const { form, requestAs } = await import("../support/actions");
    const { t, customerId } = await tenantWithNonPayer(db, "edge-pay-action");
    for (let day = "2026-01-01"; day <= "2026-01-15"; day = addDays(day, 1)) await runDailyPipeline(db.app, t.tenantId, day, "cli");
    await withTenantOn(db.app, t.tenantId, (tx) => tx.execute(sql`update work_items set status = 'done', done_at = now() where kind = 'disconnect'`));
    const result = await postPaymentAction.runWith(await requestAs(db.app, t, t.ownerId), form({ customerId, amount: "1,299.00", method: "cash", paidOn: "2026-01-15" }));
    expect(result.ok && result.data.reconnects).toBe(1);
    const jobs = await withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<{ kind: string; status: string }>(await tx.execute(sql`select kind, status from work_items where kind = 'reconnect'`)));
    expect(jobs).toEqual([{ kind: "reconnect", status: "open" }]);
    const messages = await withTenantOn(db.app, t.tenantId, async (tx) =>
      rowsOf<{ template_key: string }>(await tx.execute(sql`select template_key from outbox_messages where template_key in ('payment_received', 'reconnection') order by template_key`)),
    );
    expect(messages.map((m) => m.template_key)).toEqual(["payment_received", "reconnection"]);
  });
});
