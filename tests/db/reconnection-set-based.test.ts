import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { billingSettings } from "@/db/schema";
import type { Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { addDays } from "@/lib/billing/dates";
import { postPayment } from "@/lib/billing/payments";
import { requestReconnections, type ReconnectionResult } from "@/lib/collections/reconnections";
import { stepContext, type StepCtx } from "@/lib/collections/step-context";
import { createCustomer } from "@/lib/customers/customers";
import { runDailyPipeline } from "@/lib/jobs/daily";
import { loadNotifyConfig } from "@/lib/notify/queue";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { completeWorkItem } from "@/lib/work-items/complete";
import { backends, type TestDatabase } from "../support/databases";
import { requestReconnectionsPerLine } from "../support/reconnections-per-line";
import { actingAs, signUp, type TestTenant } from "../support/tenants";

/**
 * Issue 12, item 7: the reconnection step became set-based. On the same
 * mixed set of customers, it must write exactly what the per-line step wrote
 * (kept in tests/support as the reference): the same subscription states and
 * history, jobs, fees, customer statuses, audit rows and messages.
 *
 * Everyone is billed ₱1,299.00 on Jan 1 (due Jan 8), nobody pays by Jan 14,
 * so the Jan 14 run suspends every line (late fee ₱100.00) with a "to
 * disconnect" job. On Jan 15 some jobs are done (the line is cut), then:
 */
type Who = { first: string; lines: { label: string; cut: boolean }[]; pays: number | null; email?: boolean; hold?: boolean };
const PEOPLE: Who[] = [
  // cut, pays the invoice in full: reconnection requested, fee, job, message
  { first: "Full", lines: [{ label: "", cut: true }], pays: 129900 },
  // cut, pays part of it: still owes past grace, nothing happens
  { first: "Partial", lines: [{ label: "", cut: true }], pays: 50000 },
  // not cut yet, pays in full: the disconnection is cancelled, the line resumes, the customer is active again
  { first: "Uncut", lines: [{ label: "", cut: false }], pays: 129900 },
  // not cut yet, pays part: nothing
  { first: "Uncutpart", lines: [{ label: "", cut: false }], pays: 60000 },
  // cut, never pays: nothing
  { first: "Never", lines: [{ label: "", cut: true }], pays: null },
  // two lines, one cut and one not, both invoices paid: one resumes, one waits for the technician; the customer stays disconnected
  { first: "Two", lines: [{ label: "Home", cut: true }, { label: "Shop", cut: false }], pays: 2 * 129900 },
  // cut, pays in full, has an email too: the message goes by SMS and email
  { first: "Emailed", lines: [{ label: "", cut: true }], pays: 129900, email: true },
  // paid on time but on hold at their own request: not a non-payment suspension, left alone
  { first: "Hold", lines: [{ label: "", cut: false }], pays: 129900, hold: true },
];

async function mixedTenant(db: TestDatabase, slug: string): Promise<TestTenant> {
  const t = await signUp(db.app, slug);
  const subs = new Map<string, string>();
  const customerIds = new Map<string, string>();
  await withTenantOn(db.app, t.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: "2026-01-01" };
    // The same business name in both tenants: messages name the ISP.
    await tx.insert(billingSettings).values({ tenantId: t.tenantId, businessName: "Nazareth Fiber", lateFeeKind: "flat", lateFeeAmount: 10000, reconnectionFee: 20000 });
    const brgy = await createBarangay(ctx, t.tenantId, { name: "Nazareth", city: "Cagayan de Oro City", province: "Misamis Oriental" });
    const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 0, description: "" });
    for (const [i, p] of PEOPLE.entries()) {
      const c = await createCustomer(ctx, t.tenantId, {
        firstName: p.first,
        lastName: "Bautista",
        mobile: `+6391755502${String(i).padStart(2, "0")}`,
        email: p.email ? `${p.first.toLowerCase()}@example.com` : undefined,
        barangayId: brgy.id,
        addressLine: "",
        notes: "",
      });
      customerIds.set(p.first, c.id);
      for (const line of p.lines) {
        const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: "2026-01-01", label: line.label });
        await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: "2026-01-01" });
        subs.set(`${p.first}/${line.label}`, s.id);
      }
    }
  });
  const pay = (tx: Tx, who: string, amount: number, on: string) =>
    postPayment({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, { customerId: customerIds.get(who)!, amount, method: "cash", paidOn: on });
  for (let day = "2026-01-01"; day <= "2026-01-15"; day = addDays(day, 1)) {
    await runDailyPipeline(db.app, t.tenantId, day, "cli");
    if (day === "2026-01-03") {
      await withTenantOn(db.app, t.tenantId, async (tx) => {
        for (const p of PEOPLE.filter((x) => x.hold)) {
          await pay(tx, p.first, p.pays!, day);
          await transitionSubscription({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, subs.get(`${p.first}/`)!, "suspend", { date: "2026-01-10", reason: "Away for a month" });
        }
      });
    }
  }
  // Jan 15: the technician's round, then the counter's payments (posted without reconnecting: the step under test does that).
  await withTenantOn(db.app, t.tenantId, async (tx) => {
    for (const p of PEOPLE) {
      for (const line of p.lines.filter((l) => l.cut)) {
        const [job] = rowsOf<{ id: string }>(await tx.execute(sql`select id from work_items where kind = 'disconnect' and status = 'open' and subscription_id = ${subs.get(`${p.first}/${line.label}`)!}`));
        await completeWorkItem({ ...actingAs(tx, t), tenantId: t.tenantId, userId: t.ownerId }, job!.id, { date: "2026-01-15", note: "Cut" });
      }
    }
    for (const p of PEOPLE.filter((x) => x.pays !== null && !x.hold)) await pay(tx, p.first, p.pays!, "2026-01-15");
  });
  return t;
}

type Variant = "daily job" | "cashier";

/** The step's context: the daily job's (no user), or a payment at the counter's (the cashier, with the request's address in the audit rows). */
async function contextFor(tx: Tx, t: TestTenant, variant: Variant): Promise<StepCtx> {
  if (variant === "daily job") return stepContext(tx, t.tenantId, "2026-01-15", null);
  return { tx, tenantId: t.tenantId, today: "2026-01-15", userId: t.ownerId, notify: await loadNotifyConfig(tx, t.tenantId), audit: actingAs(tx, t).audit, userAgent: null };
}

/** Everything the step can write, with ids replaced by names and only the timestamps' "changed by the step or not". */
async function snapshot(db: TestDatabase, t: TestTenant, since: string) {
  return withTenantOn(db.app, t.tenantId, async (tx) => {
    const q = async (query: ReturnType<typeof sql>) => rowsOf<Record<string, unknown>>(await tx.execute(query)).map((r) => JSON.stringify(r));
    const names = rowsOf<{ id: string; name: string }>(
      await tx.execute(sql`
        select c.id::text, c.first_name as name from customers c
        union all select s.id::text, c.first_name || '/' || s.label from subscriptions s join customers c on c.id = s.customer_id
        union all select w.id::text, c.first_name || '/' || s.label || ':' || w.kind || ':' || w.due_on from work_items w
          join subscriptions s on s.id = w.subscription_id join customers c on c.id = s.customer_id
        union all select id::text, 'owner' from users`),
    );
    // Rows as text with every id replaced by its name, then sorted: the tenants' ids differ, and row order means nothing.
    const rename = (rows: string[]) => rows.map((text) => names.reduce((out, n) => out.replaceAll(n.id, n.name), text)).sort();
    const after = sql`> ${since}::timestamptz`;
    const tables = {
      subscriptions: await q(sql`select id, status, suspension_cause, reconnect_requested_on::text, updated_at ${after} as touched from subscriptions`),
      events: await q(sql`select subscription_id, kind, effective_date::text, from_status, to_status, reason, changed_by from subscription_events`),
      workItems: await q(sql`select id, kind, status, due_on::text, reason, note, done_by, done_at is not null as done from work_items`),
      adjustments: await q(sql`select customer_id, kind, category, amount::int, reason, effective_on::text, created_by, invoice_id from adjustments`),
      customers: await q(sql`select id, status, status_changed_at ${after} as touched from customers`),
      statusHistory: await q(sql`select customer_id, from_status, to_status, reason, effective_date::text, changed_by from customer_status_history`),
      audit: await q(sql`select user_id, action, entity_type, entity_id, changes, ip, user_agent from audit_log where created_at ${after}`),
      outbox: await q(sql`select channel, recipient, customer_id, template_key, subject, body, dedupe_key, status from outbox_messages where created_at ${after}`),
    };
    return Object.fromEntries(Object.entries(tables).map(([k, rows]) => [k, rename(rows)])) as typeof tables;
  });
}

describe.each(backends)("the set-based reconnection step on $name", ({ open }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => db?.drop());

  const run = async (t: TestTenant, variant: Variant, step: (ctx: StepCtx) => Promise<ReconnectionResult>) => {
    const [before] = await withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<{ now: string }>(await tx.execute(sql`select now()::text as now`)));
    // PGlite's clock is coarse: two transactions in a row can start at the same instant, and the step's writes would look older than `before`.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const result = await withTenantOn(db.app, t.tenantId, async (tx) => step(await contextFor(tx, t, variant)));
    return { result, after: await snapshot(db, t, before!.now) };
  };

  it.each<Variant>(["daily job", "cashier"])("writes what the per-line step wrote, run as the %s", async (variant) => {
    const slug = variant === "daily job" ? "job" : "cash";
    const [setBased, perLine] = [await mixedTenant(db, `set-${slug}`), await mixedTenant(db, `line-${slug}`)];
    const ours = await run(setBased, variant, (ctx) => requestReconnections(ctx));
    const reference = await run(perLine, variant, (ctx) => requestReconnectionsPerLine(ctx));

    expect(ours.result).toEqual(reference.result);
    expect(ours.result).toEqual({ reconnect: 3, resumed: 2, fees: 60000, messages: 4 });
    for (const table of Object.keys(reference.after) as (keyof typeof reference.after)[]) {
      expect(ours.after[table], table).toEqual(reference.after[table]);
    }
    // What the mix comes to, read off the set-based tenant.
    const statuses = Object.fromEntries(ours.after.customers.map((r) => JSON.parse(r) as { id: string; status: string }).map((r) => [r.id, r.status]));
    expect(statuses).toEqual({ Full: "disconnected", Partial: "disconnected", Uncut: "active", Uncutpart: "suspended", Never: "disconnected", Two: "disconnected", Emailed: "disconnected", Hold: "active" });
    const audit = ours.after.audit.map((r) => JSON.parse(r) as { action: string; ip: string | null; user_agent: string | null });
    expect(audit.map((a) => a.action).sort()).toEqual([
      "customer.status_change",
      "subscription.reconnect_requested",
      "subscription.reconnect_requested",
      "subscription.reconnect_requested",
      "subscription.resume",
      "subscription.resume",
    ]);
    expect(new Set(audit.map((a) => `${a.ip}|${a.user_agent}`))).toEqual(new Set([variant === "daily job" ? "null|daily job" : "203.0.113.7|vitest integration"]));
  });

  it("does nothing more when run again", async () => {
    const t = await mixedTenant(db, "set-again");
    await run(t, "daily job", (ctx) => requestReconnections(ctx));
    const again = await run(t, "daily job", (ctx) => requestReconnections(ctx));
    expect(again.result).toEqual({ reconnect: 0, resumed: 0, fees: 0, messages: 0 });
    expect(again.after.audit).toEqual([]);
  });
});
