import { InngestTestEngine } from "@inngest/test";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { dailyFanOut, tenantDaily } from "@/inngest/functions/daily";
import { reconnectOnPayment } from "@/inngest/functions/reconnect";
import { runBackgroundJobFunction } from "@/inngest/functions/background";
import { renderInvoicesPdf } from "@/components/pdf/render";
import { queueBackgroundJob } from "@/lib/background/jobs";
import { getBackgroundJob } from "@/db/queries/background-jobs";
import type { FunctionDeps } from "@/inngest/deps";
import { addDays } from "@/lib/billing/dates";
import { postPayment } from "@/lib/billing/payments";
import { EVENTS } from "@/lib/events/names";
import { DAILY_STEPS, runDailyPipeline } from "@/lib/jobs/daily";
import { backends, type TestDatabase } from "../support/databases";
import { tenantWithNonPayer } from "../support/non-payer";
import { actingAs, addBillingFixtures, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

/** Everything the pipeline writes, counted: a retry must not change any of these. */
async function footprint(db: TestDatabase, t: TestTenant) {
  return withTenantOn(db.app, t.tenantId, async (tx) =>
    rowsOf<Record<string, number>>(
      await tx.execute(sql`select
        (select count(*)::int from invoices) as invoices,
        (select count(*)::int from adjustments where category = 'late_fee') as late_fees,
        (select count(*)::int from outbox_messages where template_key in ('due_reminder', 'due_today')) as reminders,
        (select count(*)::int from subscription_events where kind = 'suspended') as suspensions,
        (select count(*)::int from work_items) as work_items,
        (select count(*)::int from outbox_messages) as messages`),
    )[0]!,
  );
}

/** Sending events is the engine's business, not ours: the step is answered in place (its call is still recorded). */
const SENT = (id: string) => ({ id, handler: () => ({ ids: [] }) });

describe.each(backends)("Inngest functions on $name", ({ open }) => {
  let db: TestDatabase;
  const deps = (faults?: FunctionDeps["faults"]): FunctionDeps => ({ db: async () => db.app, jobs: async () => db.jobs, deliver: async () => ({}), renderInvoicesPdf, faults });

  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => db?.drop());

  it("the cron sends one event per active tenant at its local 00:05, none for a suspended one", async () => {
    const manila = await signUp(db.app, "fan-manila");
    const other = await signUp(db.app, "fan-other");
    const closed = await signUp(db.app, "fan-closed");
    const tokyo = await signUp(db.app, "fan-tokyo");
    await db.asOwner(async (owner) => {
      await owner.execute(sql`update tenants set status = 'suspended' where id = ${closed.tenantId}`);
      await owner.execute(sql`update tenants set time_zone = 'Asia/Tokyo' where id = ${tokyo.tenantId}`);
    });
    const engine = new InngestTestEngine({ function: dailyFanOut(deps()) });
    // 16:05 UTC on Jan 4 is 00:05 on Jan 5 in Manila (and 01:05 in Tokyo).
    const { ctx, result } = await engine.execute({
      events: [{ name: "inngest/scheduled.timer", data: { cron: "5 * * * *" }, ts: Date.parse("2026-01-04T16:05:00Z") }],
      steps: [SENT("fan-out")],
    });
    const sent = ctx.step.sendEvent.mock.calls[0]?.[1] as { name: string; id: string; data: { tenantId: string; date: string } }[];
    const ours = sent.filter((e) => [manila, other, closed, tokyo].some((t) => t.tenantId === e.data.tenantId));
    expect(ours.map((e) => e.data.tenantId).sort()).toEqual([manila.tenantId, other.tenantId].sort());
    expect(ours.every((e) => e.name === EVENTS.tenantDaily && e.data.date === "2026-01-05" && e.id === `daily-${e.data.tenantId}-2026-01-05`)).toBe(true);
    expect(result).toMatchObject({ tenants: sent.length });
  });

  it("the per-tenant function runs its steps in order and records the run", async () => {
    const { t } = await tenantWithNonPayer(db, "inngest-order");
    const engine = new InngestTestEngine({ function: tenantDaily(deps()) });
    const { ctx, result } = await engine.execute({ events: [{ name: EVENTS.tenantDaily, data: { tenantId: t.tenantId, date: "2026-01-01" } }], steps: [SENT("send-messages")] });
    expect(ctx.step.run.mock.calls.map((c) => c[0])).toEqual(["start", ...DAILY_STEPS, "finish"]);
    expect(result).toMatchObject({ billing: { invoices: 1 } });
    const runs = await withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<{ status: string; trigger: string }>(await tx.execute(sql`select status, trigger from job_runs`)));
    expect(runs).toEqual([{ status: "done", trigger: "schedule" }]);
  });

  it("a step that fails once is retried without duplicating invoices, fees, reminders or suspensions", async () => {
    const { t } = await tenantWithNonPayer(db, "inngest-retry");
    // The days before: invoice on Jan 1, reminders, overdue on Jan 9.
    for (let day = "2026-01-01"; day < "2026-01-14"; day = addDays(day, 1)) await runDailyPipeline(db.app, t.tenantId, day, "cli");
    const event = { name: EVENTS.tenantDaily, data: { tenantId: t.tenantId, date: "2026-01-14" } } as const;

    // First attempt: the suspension step fails inside its transaction, after billing and the late fee committed.
    let failures = 0;
    const failing = new InngestTestEngine({
      function: tenantDaily(deps({ afterStep: (step) => { if (step === "suspensions" && failures++ === 0) throw new Error("connection lost"); } })),
    });
    const first = await failing.execute({ events: [event], steps: [SENT("send-messages")] });
    expect(failures).toBe(1);
    // The run stops at the failed step (Inngest would now retry it).
    expect((first as { error?: { message?: string } }).error?.message).toBe("connection lost");
    expect(first.ctx.step.run.mock.calls.map((c) => c[0])).toEqual(["start", "billing", "overdue", "late-fees", "reminders", "suspensions"]);
    const afterFailure = await footprint(db, t);
    expect(afterFailure).toMatchObject({ late_fees: 1, suspensions: 0 });

    // The retry runs every step again (a stricter case than Inngest, which replays finished steps from memory).
    const retry = new InngestTestEngine({ function: tenantDaily(deps()) });
    await retry.execute({ events: [event], steps: [SENT("send-messages")] });
    // And a duplicate delivery of the same event changes nothing either.
    await new InngestTestEngine({ function: tenantDaily(deps()) }).execute({ events: [event], steps: [SENT("send-messages")] });
    expect(await footprint(db, t)).toEqual({ ...afterFailure, suspensions: 1, work_items: 1, messages: afterFailure.messages! + 2 });
    expect(afterFailure).toMatchObject({ invoices: 1, reminders: 2 });
  });

  it("a payment event reconnects a customer whose balance it cleared", async () => {
    const { t, customerId } = await tenantWithNonPayer(db, "inngest-pay");
    for (let day = "2026-01-01"; day <= "2026-01-15"; day = addDays(day, 1)) await runDailyPipeline(db.app, t.tenantId, day, "cli");
    await withTenantOn(db.app, t.tenantId, async (tx) => {
      await tx.execute(sql`update work_items set status = 'done', done_at = now() where kind = 'disconnect'`);
      await postPayment({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, { customerId, amount: 129900, method: "cash", paidOn: "2026-01-15" });
    });
    const engine = new InngestTestEngine({ function: reconnectOnPayment(deps()) });
    const { result } = await engine.execute({ events: [{ name: EVENTS.paymentPosted, data: { tenantId: t.tenantId, customerId, date: "2026-01-15" } }], steps: [SENT("send-messages")] });
    expect(result).toMatchObject({ reconnect: 1, fees: 20000 });
    // A second delivery of the event finds the line already marked.
    const again = await new InngestTestEngine({ function: reconnectOnPayment(deps()) }).execute({
      events: [{ name: EVENTS.paymentPosted, data: { tenantId: t.tenantId, customerId, date: "2026-01-15" } }],
      steps: [SENT("send-messages")],
    });
    expect(again.result).toMatchObject({ reconnect: 0, fees: 0 });
  });

  it("a background job event renders the batch PDF once, even when delivered twice", async () => {
    const t = await signUp(db.app, "inngest-batch");
    const { customerId } = await addSubscriberFixtures(db.app, t);
    await addBillingFixtures(db.app, t, customerId);
    const job = await withTenantOn(db.app, t.tenantId, async (tx) => {
      const [run] = rowsOf<{ id: string; n: number }>(await tx.execute(sql`select id, invoice_count as n from billing_runs limit 1`));
      return queueBackgroundJob(tx, t.tenantId, { kind: "invoice_batch_pdf", subjectId: run!.id, total: run!.n, userId: t.ownerId });
    });
    const event = { name: EVENTS.backgroundJob, data: { tenantId: t.tenantId, jobId: job.id } };
    const { result } = await new InngestTestEngine({ function: runBackgroundJobFunction(deps()) }).execute({ events: [event] });
    expect(result).toEqual({ status: "done" });
    const again = await new InngestTestEngine({ function: runBackgroundJobFunction(deps()) }).execute({ events: [event] });
    expect(again.result).toEqual({ status: "already taken" });
    const done = await withTenantOn(db.app, t.tenantId, (tx) => getBackgroundJob(tx, job.id));
    expect(done).toMatchObject({ status: "done", hasFile: true, done: job.total });
  });
});
