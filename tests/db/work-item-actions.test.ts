import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { listWorkItems } from "@/db/queries/work-items";
import { billingSettings } from "@/db/schema";
import { withTenantOn } from "@/db/with-tenant";
import { completeWorkItemAction } from "@/app/(tenant)/t/[tenant]/(app)/work-items/actions";
import { createBarangay } from "@/lib/barangays/barangays";
import { addDays } from "@/lib/billing/dates";
import { customerBalance, postPayment } from "@/lib/billing/payments";
import { planBillingRun } from "@/lib/billing/run";
import { createCustomer } from "@/lib/customers/customers";
import { runDailyPipeline } from "@/lib/jobs/daily";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { tenantDate } from "@/lib/time/format";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { actingAs, addStaff, signUp, type TestTenant } from "../support/tenants";

type Row = Record<string, unknown>;
type Line = { customerId: string; subscriptionId: string };
const DENIED = { ok: false, error: "You do not have permission to do that." };
// The action completes jobs as of the tenant's real today, so the story is dated back from it.
const TODAY = tenantDate(new Date(), "Asia/Manila");
const ACTIVATED = addDays(TODAY, -30);
/** Due date + 7 days of grace is long past: the first invoice (due ACTIVATED + 7) suspends the line. */
const SUSPENDED_ON = addDays(ACTIVATED, 14);

/**
 * A tenant whose customers never pay, brought to the field work the way the
 * app brings it: activated lines, the daily job on the activation day (first
 * invoice), then two weeks later (past due + grace: suspended, "to
 * disconnect" jobs opened).
 */
async function tenantWithUnpaidLines(db: TestDatabase, slug: string, count: number): Promise<{ t: TestTenant; lines: Line[] }> {
  const t = await signUp(db.app, slug);
  const lines = await withTenantOn(db.app, t.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: ACTIVATED };
    await tx.insert(billingSettings).values({ tenantId: t.tenantId, businessName: `${slug} Fiber`, dueDays: 7, graceDays: 5, reconnectionFee: 30000 });
    const brgy = await createBarangay(ctx, t.tenantId, { name: "Kauswagan", city: "Cagayan de Oro City", province: "Misamis Oriental" });
    const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 0, description: "" });
    const out: Line[] = [];
    for (let i = 0; i < count; i++) {
      const c = await createCustomer(ctx, t.tenantId, { firstName: `Cust${i}`, lastName: "Field", mobile: `+63917444000${i}`, barangayId: brgy.id, addressLine: `Purok ${i + 1}`, notes: "" });
      const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: ACTIVATED, label: "" });
      await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: ACTIVATED });
      out.push({ customerId: c.id, subscriptionId: s.id });
    }
    return out;
  });
  await runDailyPipeline(db.app, t.tenantId, ACTIVATED, "cli");
  await runDailyPipeline(db.app, t.tenantId, SUSPENDED_ON, "cli");
  return { t, lines };
}

describe.each(backends)("field work actions on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let linesA: Line[];
  let lineB: Line;
  let techA: string;
  let cashierA: string;
  const q = async <T extends Row>(t: TestTenant, query: ReturnType<typeof sql>) => withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<T>(await tx.execute(query)));
  type Item = { id: string; kind: string; status: string; done_by: string | null; done_at: Date | string | null; note: string; due_on: string };
  const itemOf = async (t: TestTenant, line: Line, kind: "disconnect" | "reconnect") =>
    (await q<Item>(t, sql`select id, kind, status, done_by, done_at, note, due_on::text from work_items where subscription_id = ${line.subscriptionId} and kind = ${kind} order by created_at desc limit 1`))[0];
  const statusOf = async (t: TestTenant, line: Line) =>
    (await q<{ customer: string; line: string; reconnect_requested_on: string | null }>(t, sql`
      select c.status as customer, s.status as line, s.reconnect_requested_on::text
      from subscriptions s join customers c on c.tenant_id = s.tenant_id and c.id = s.customer_id where s.id = ${line.subscriptionId}`))[0]!;

  beforeAll(async () => {
    db = await open();
    ({ t: a, lines: linesA } = await tenantWithUnpaidLines(db, "fieldwork-alpha", 3));
    const bravo = await tenantWithUnpaidLines(db, "fieldwork-bravo", 1);
    b = bravo.t;
    lineB = bravo.lines[0]!;
    techA = await addStaff(db.app, a, "tech@fieldwork-alpha.test", "Technician");
    cashierA = await addStaff(db.app, a, "cashier@fieldwork-alpha.test", "Cashier");
  });
  afterAll(async () => db?.drop());

  it("the daily job opened one disconnection per unpaid line, due the day it suspended them", async () => {
    for (const line of linesA) {
      expect(await itemOf(a, line, "disconnect")).toMatchObject({ status: "open", due_on: SUSPENDED_ON, done_by: null });
      expect(await statusOf(a, line)).toMatchObject({ customer: "suspended", line: "suspended" });
    }
  });

  it("rejects a note that is too long and a malformed id next to the field, changing nothing", async () => {
    const item = (await itemOf(a, linesA[0]!, "disconnect"))!;
    const long = await completeWorkItemAction.runWith(await requestAs(db.app, a, techA), form({ id: item.id, note: "x".repeat(501) }));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.fieldErrors.note?.[0]).toBe("Keep the note to at most 500 characters.");
    const bad = await completeWorkItemAction.runWith(await requestAs(db.app, a, techA), form({ id: "job-1", note: "" }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fieldErrors.id?.[0]).toBe("That job was not found.");
    expect((await itemOf(a, linesA[0]!, "disconnect"))!.status).toBe("open");
  });

  it("refuses a cashier, who lacks work.complete", async () => {
    const item = (await itemOf(a, linesA[0]!, "disconnect"))!;
    const result = await completeWorkItemAction.runWith(await requestAs(db.app, a, cashierA), form({ id: item.id, note: "" }));
    expect(result).toMatchObject(DENIED);
    expect((await itemOf(a, linesA[0]!, "disconnect"))!.status).toBe("open");
  });

  it("does not find another tenant's job, and leaves it open", async () => {
    const foreign = (await itemOf(b, lineB, "disconnect"))!;
    const result = await completeWorkItemAction.runWith(await requestAs(db.app, a, a.ownerId), form({ id: foreign.id, note: "Done" }));
    expect(result).toMatchObject({ ok: false, error: "That job was not found." });
    expect((await itemOf(b, lineB, "disconnect"))!).toMatchObject({ status: "open", done_by: null, note: "" });
    expect(await statusOf(b, lineB)).toMatchObject({ customer: "suspended", line: "suspended" });
  });

  it("marks a disconnection done with the time, who and the note; the customer is now disconnected", async () => {
    const item = (await itemOf(a, linesA[0]!, "disconnect"))!;
    const result = await completeWorkItemAction.runWith(await requestAs(db.app, a, techA), form({ id: item.id, note: "  ONU retrieved  " }));
    expect(result).toEqual({ ok: true, data: { message: "Disconnection marked done." } });
    const done = (await itemOf(a, linesA[0]!, "disconnect"))!;
    expect(done).toMatchObject({ status: "done", done_by: techA, note: "ONU retrieved" });
    expect(done.done_at).not.toBeNull();
    expect(await statusOf(a, linesA[0]!)).toMatchObject({ customer: "disconnected", line: "suspended" });
    const [history] = await q<{ to_status: string; effective_date: string; changed_by: string }>(a, sql`
      select to_status, effective_date::text, changed_by from customer_status_history where customer_id = ${linesA[0]!.customerId} order by created_at desc limit 1`);
    expect(history).toEqual({ to_status: "disconnected", effective_date: TODAY, changed_by: techA });
    const audit = await q<{ user_id: string }>(a, sql`select user_id from audit_log where action = 'work_item.disconnect_done' and entity_id = ${item.id}`);
    expect(audit).toEqual([{ user_id: techA }]);
  });

  it("says a job already done is done, and keeps who did it", async () => {
    const item = (await itemOf(a, linesA[0]!, "disconnect"))!;
    const again = await completeWorkItemAction.runWith(await requestAs(db.app, a, a.ownerId), form({ id: item.id, note: "again" }));
    expect(again).toMatchObject({ ok: false, error: "This job is already done." });
    expect((await itemOf(a, linesA[0]!, "disconnect"))!).toMatchObject({ done_by: techA, note: "ONU retrieved" });
  });

  it("a paid, disconnected line gets a reconnection; marking it done resumes the line and billing sees it", async () => {
    const line = linesA[1]!;
    const disconnect = (await itemOf(a, line, "disconnect"))!;
    expect((await completeWorkItemAction.runWith(await requestAs(db.app, a, techA), form({ id: disconnect.id, note: "" }))).ok).toBe(true);
    // The customer pays everything at the counter; the daily job sees it and asks for a reconnection.
    await withTenantOn(db.app, a.tenantId, async (tx) => {
      const amount = await customerBalance(tx, line.customerId);
      await postPayment({ ...actingAs(tx, a), userId: a.ownerId }, a.tenantId, { customerId: line.customerId, amount, method: "cash", reference: null, paidOn: TODAY });
    });
    await runDailyPipeline(db.app, a.tenantId, TODAY, "cli");
    const reconnect = (await itemOf(a, line, "reconnect"))!;
    expect(reconnect).toMatchObject({ status: "open", due_on: TODAY });
    expect(await statusOf(a, line)).toMatchObject({ line: "suspended", reconnect_requested_on: TODAY });
    const later = addDays(TODAY, 40);
    const billedBefore = await withTenantOn(db.app, a.tenantId, (tx) => planBillingRun(tx, a.tenantId, later));
    const serviceOf = (plan: typeof billedBefore) => plan.invoices.filter((i) => i.customerId === line.customerId).reduce((sum, i) => sum + i.totals.total, 0);
    // Still off in the field: the line is not billed until the technician reconnects it.
    expect(serviceOf(billedBefore)).toBe(0);

    const result = await completeWorkItemAction.runWith(await requestAs(db.app, a, techA), form({ id: reconnect.id, note: "Splice redone" }));
    expect(result).toEqual({ ok: true, data: { message: "Reconnection marked done: the line is back on and billing resumes today." } });
    expect((await itemOf(a, line, "reconnect"))!).toMatchObject({ status: "done", done_by: techA, note: "Splice redone" });
    expect(await statusOf(a, line)).toEqual({ customer: "active", line: "active", reconnect_requested_on: null });
    const [resumed] = await q<{ kind: string; effective_date: string; changed_by: string }>(a, sql`
      select kind, effective_date::text, changed_by from subscription_events where subscription_id = ${line.subscriptionId} order by created_at desc limit 1`);
    expect(resumed).toEqual({ kind: "resumed", effective_date: TODAY, changed_by: techA });
    const billedAfter = await withTenantOn(db.app, a.tenantId, (tx) => planBillingRun(tx, a.tenantId, later));
    expect(serviceOf(billedAfter)).toBeGreaterThan(0);
    // The line still waiting for its technician is not billed either way.
    expect(billedAfter.invoices.filter((i) => i.customerId === linesA[2]!.customerId).reduce((s, i) => s + i.totals.total, 0)).toBe(0);
  });

  it("lists the day's field work: open jobs due up to the day, plus what was done today, by barangay", async () => {
    const list = (filters: Partial<Parameters<typeof listWorkItems>[1]>) =>
      withTenantOn(db.app, a.tenantId, (tx) => listWorkItems(tx, { upTo: TODAY, status: "open", today: TODAY, timeZone: "Asia/Manila", ...filters }));
    const brief = (rows: Awaited<ReturnType<typeof list>>["rows"]) => rows.map((r) => `${r.accountNo} ${r.kind} ${r.status}${r.doneBy ? ` by ${r.doneBy}` : ""}`);
    const toDo = await list({});
    // Open first (the overdue disconnection), then today's finished jobs, latest first.
    expect(brief(toDo.rows)).toEqual([
      "ACC-000003 disconnect open",
      "ACC-000002 reconnect done by Sam Staff",
      "ACC-000002 disconnect done by Sam Staff",
      "ACC-000001 disconnect done by Sam Staff",
    ]);
    expect(toDo.rows[0]).toMatchObject({ barangay: "Kauswagan", plan: "Fiber 50", mobile: "+639174440002", addressLine: "Purok 3", dueOn: SUSPENDED_ON });
    expect(brief((await list({ kind: "reconnect", status: "all" })).rows)).toEqual(["ACC-000002 reconnect done by Sam Staff"]);
    // Before the suspensions nothing was due; only today's finished work shows.
    expect((await list({ upTo: addDays(SUSPENDED_ON, -1) })).rows.every((r) => r.status === "done")).toBe(true);
    expect((await list({ status: "cancelled" })).rows).toEqual([]);
  });
});
