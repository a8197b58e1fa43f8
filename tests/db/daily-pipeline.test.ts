import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { billingSettings } from "@/db/schema";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { addDays } from "@/lib/billing/dates";
import { postPayment } from "@/lib/billing/payments";
import { queuePaymentReceived } from "@/lib/collections/payment-messages";
import { createCustomer } from "@/lib/customers/customers";
import { EVENTS } from "@/lib/events/names";
import { handleInProcess } from "@/lib/events/publish";
import { runDailyPipeline } from "@/lib/jobs/daily";
import { deliverAllDue } from "@/lib/notify/sender";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { completeWorkItem } from "@/lib/work-items/complete";
import { backends, type TestDatabase } from "../support/databases";
import { actingAs, signUp, type TestTenant } from "../support/tenants";
import {
  EXPECTED_CUSTOMER_STATUS,
  EXPECTED_INVOICES,
  EXPECTED_LATE_FEES,
  EXPECTED_LINE_EVENTS,
  EXPECTED_MESSAGES,
  EXPECTED_RECONNECTION_FEES,
  EXPECTED_WORK_ITEMS,
  PAYMENTS,
} from "./daily-pipeline.cases";

const NAMES = { A: "Amado", B: "Bituin", C: "Crisanto", D: "Dalisay" } as const;
type Key = keyof typeof NAMES;
const keyOf = (firstName: string) => (Object.keys(NAMES) as Key[]).find((k) => NAMES[k] === firstName) ?? firstName;

async function setUp(db: TestDatabase): Promise<{ t: TestTenant; customers: Record<Key, string> }> {
  const t = await signUp(db.app, "daily-sixty");
  const customers = {} as Record<Key, string>;
  await withTenantOn(db.app, t.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: "2026-01-01" };
    await tx.insert(billingSettings).values({
      tenantId: t.tenantId,
      businessName: "Sixty Days Fiber",
      lateFeeKind: "flat",
      lateFeeAmount: 10000,
      reconnectionFee: 20000,
    });
    const brgy = await createBarangay(ctx, t.tenantId, { name: "Carmen", city: "Cagayan de Oro City", province: "Misamis Oriental" });
    const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 0, description: "" });
    for (const [i, key] of (Object.keys(NAMES) as Key[]).entries()) {
      const c = await createCustomer(ctx, t.tenantId, { firstName: NAMES[key], lastName: "Dela Cruz", mobile: `+6391755510${i}0`, barangayId: brgy.id, addressLine: "Purok 1", notes: "" });
      const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: "2026-01-01", label: "" });
      await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: "2026-01-01" });
      customers[key] = c.id;
    }
  });
  return { t, customers };
}

/** One day: the 00:05 run, then the technician's round (yesterday's jobs), then the day's payments at the counter. */
async function playDay(db: TestDatabase, t: TestTenant, customers: Record<Key, string>, day: string) {
  await runDailyPipeline(db.app, t.tenantId, day, "cli");
  await withTenantOn(db.app, t.tenantId, async (tx) => {
    const open = rowsOf<{ id: string }>(await tx.execute(sql`select id from work_items where status = 'open' and due_on < ${day}::date order by due_on, created_at`));
    for (const item of open) await completeWorkItem({ ...actingAs(tx, t), tenantId: t.tenantId, userId: t.ownerId }, item.id, { date: day, note: "Done on the round" });
  });
  for (const p of PAYMENTS.filter((x) => x.on === day)) {
    const customerId = customers[p.customer];
    await withTenantOn(db.app, t.tenantId, async (tx) => {
      const posted = await postPayment({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, { customerId, amount: p.amount, method: "cash", paidOn: day });
      await queuePaymentReceived(tx, t.tenantId, posted.id);
    });
    // What the payment action's after-commit event does when Inngest is not configured.
    await handleInProcess(db.app, { name: EVENTS.paymentPosted, data: { tenantId: t.tenantId, customerId, date: day } }, { quiet: true });
  }
  // The sender's sweep (every few minutes in production).
  await deliverAllDue(db.app, t.tenantId, { limit: 500, quiet: true });
}

describe.each(backends)("60 days of the daily pipeline on $name", ({ open }) => {
  let db: TestDatabase;
  let t: TestTenant;
  const q = async <T,>(query: ReturnType<typeof sql>) => withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<T>(await tx.execute(query)));

  beforeAll(async () => {
    db = await open();
    const made = await setUp(db);
    t = made.t;
    for (let day = "2026-01-01"; day <= "2026-03-01"; day = addDays(day, 1)) await playDay(db, t, made.customers, day);
  }, 240_000);
  afterAll(async () => db?.drop());

  it("issues exactly the expected invoices, with fees and credits on the right ones", async () => {
    const rows = await q<{ first_name: string; period: string; total: string; lines: string }>(sql`
      select c.first_name, i.period_start::text as period, i.total::text,
        string_agg(l.kind || ':' || l.amount, ',' order by l.position) as lines
      from invoices i join customers c on c.id = i.customer_id join invoice_lines l on l.invoice_id = i.id
      group by c.first_name, i.id, i.period_start, i.total order by c.first_name, i.period_start`);
    expect(rows.map((r) => ({ customer: keyOf(r.first_name), period: r.period, total: Number(r.total), lines: r.lines }))).toEqual(EXPECTED_INVOICES);
  });

  it("charges each late fee and reconnection fee once, on the expected day", async () => {
    const rows = await q<{ first_name: string; category: string; on: string; amount: string }>(sql`
      select c.first_name, a.category, a.effective_on::text as on, a.amount::text
      from adjustments a join customers c on c.id = a.customer_id
      where a.category in ('late_fee', 'reconnection_fee') order by c.first_name, a.effective_on`);
    const pick = (category: string) => rows.filter((r) => r.category === category).map((r) => ({ customer: keyOf(r.first_name), on: r.on, amount: Number(r.amount) }));
    expect(pick("late_fee")).toEqual(EXPECTED_LATE_FEES);
    expect(pick("reconnection_fee")).toEqual(EXPECTED_RECONNECTION_FEES);
  });

  it("suspends and resumes the expected lines, with field jobs that match", async () => {
    const events = await q<{ first_name: string; kind: string; on: string }>(sql`
      select c.first_name, e.kind, e.effective_date::text as on
      from subscription_events e join subscriptions s on s.id = e.subscription_id join customers c on c.id = s.customer_id
      where e.kind in ('suspended', 'resumed') order by c.first_name, e.effective_date, e.created_at`);
    expect(events.map((e) => ({ customer: keyOf(e.first_name), kind: e.kind, on: e.on }))).toEqual(EXPECTED_LINE_EVENTS);
    const items = await q<{ first_name: string; kind: string; due: string; status: string; done_by: string | null }>(sql`
      select c.first_name, w.kind, w.due_on::text as due, w.status, w.done_by
      from work_items w join customers c on c.id = w.customer_id order by c.first_name, w.kind, w.due_on`);
    expect(items.map((w) => ({ customer: keyOf(w.first_name), kind: w.kind, due: w.due, status: w.status }))).toEqual(EXPECTED_WORK_ITEMS);
    expect(items.filter((w) => w.status === "done").every((w) => w.done_by === t.ownerId)).toBe(true);
    // Each suspension has its audit row, written by the daily job (no user).
    const audits = await q<{ action: string; n: number; by_job: number }>(sql`
      select action, count(*)::int as n, count(*) filter (where user_id is null and user_agent = 'daily job')::int as by_job
      from audit_log where action = 'subscription.suspend' group by action`);
    expect(audits).toEqual([{ action: "subscription.suspend", n: 4, by_job: 4 }]);
    const statuses = await q<{ first_name: string; status: string }>(sql`select first_name, status from customers order by first_name`);
    expect(Object.fromEntries(statuses.map((s) => [keyOf(s.first_name), s.status]))).toEqual(EXPECTED_CUSTOMER_STATUS);
  });

  it("queues exactly the expected messages, each once", async () => {
    const rows = await q<{ template_key: string; who: string; channel: string; n: number }>(sql`
      select m.template_key, coalesce(c.first_name, 'owner') as who, m.channel, count(*)::int as n
      from outbox_messages m left join customers c on c.id = m.customer_id
      group by 1, 2, 3 order by 1, 2`);
    const got: Record<string, Record<string, number>> = {};
    for (const r of rows) (got[r.template_key] ??= {})[r.who === "owner" ? "owner" : keyOf(r.who)] = r.n;
    expect(got).toEqual(EXPECTED_MESSAGES);
    const channels = new Set(rows.map((r) => `${r.template_key === "daily_summary" ? "owner" : "customer"}:${r.channel}`));
    expect([...channels].sort()).toEqual(["customer:sms", "owner:email"]);
    // With no provider configured, everything delivered is kept as "logged".
    const statuses = await q<{ status: string }>(sql`select distinct status from outbox_messages`);
    expect(statuses.map((s) => s.status)).toEqual(["logged"]);
  });

  it("adds nothing when the last day is run again", async () => {
    const count = async () =>
      (await q<{ n: string }>(sql`select (select count(*) from invoices) + (select count(*) from adjustments) + (select count(*) from outbox_messages)
        + (select count(*) from work_items) + (select count(*) from subscription_events) as n`))[0]!.n;
    const before = await count();
    await runDailyPipeline(db.app, t.tenantId, "2026-03-01", "cli");
    expect(await count()).toBe(before);
  });
});
