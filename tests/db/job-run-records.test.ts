import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INTERRUPTED, recentJobRuns } from "@/db/queries/job-runs";
import { rowsOf } from "@/db/rows";
import { billingSettings } from "@/db/schema";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { createCustomer } from "@/lib/customers/customers";
import { runDailyPipeline, runDailyStep, startJobRun } from "@/lib/jobs/daily";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { backends, type TestDatabase } from "../support/databases";
import { actingAs, signUp, type TestTenant } from "../support/tenants";

/** A tenant with three lines activated on Jan 1, 2026: the run for Jan 1 issues three invoices. */
async function threeLines(db: TestDatabase, slug: string): Promise<TestTenant> {
  const t = await signUp(db.app, slug);
  await withTenantOn(db.app, t.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: "2026-01-01" };
    await tx.insert(billingSettings).values({ tenantId: t.tenantId, businessName: `${slug} Fiber` });
    const brgy = await createBarangay(ctx, t.tenantId, { name: "Bulua", city: "Cagayan de Oro City", province: "Misamis Oriental" });
    const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 0, description: "" });
    for (const [i, name] of ["Ana", "Ben", "Cora"].entries()) {
      const c = await createCustomer(ctx, t.tenantId, { firstName: name, lastName: "Reyes", mobile: `+63917555020${i}`, barangayId: brgy.id, addressLine: "", notes: "" });
      const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: "2026-01-01", label: "" });
      await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: "2026-01-01" });
    }
  });
  return t;
}

describe.each(backends)("daily job run records on $name", ({ open }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => db?.drop());

  const q = <T>(t: TestTenant, query: ReturnType<typeof sql>) => withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<T>(await tx.execute(query)));
  const runs = (t: TestTenant) => withTenantOn(db.app, t.tenantId, (tx) => recentJobRuns(tx));

  it("a run whose process is gone shows as interrupted once its lease runs out, and the next run marks it failed and finishes the day", async () => {
    const t = await threeLines(db, "lease-gone");
    // A process starts the day, commits the billing step, then dies (killed, crashed, lost its database).
    const runId = await startJobRun(db.app, t.tenantId, "2026-01-01", "cli", null);
    await runDailyStep(db.app, t.tenantId, "2026-01-01", "billing", {}, { runId, trigger: "cli" });

    let [run] = await runs(t);
    expect(run).toMatchObject({ id: runId, status: "running", interrupted: false });
    // The record holds what the dead process committed, step by step.
    expect(run!.summary.billing).toMatchObject({ invoices: 3 });

    // No heartbeat comes any more: the lease runs out.
    await q(t, sql`update job_runs set lease_until = now() - interval '1 second' where id = ${runId}::uuid`);
    [run] = await runs(t);
    expect(run).toMatchObject({ id: runId, status: "running", interrupted: true });

    // The next run for the date marks it failed and does the rest; nothing is billed twice.
    const again = await runDailyPipeline(db.app, t.tenantId, "2026-01-01", "cli");
    const after = await runs(t);
    expect(after.find((r) => r.id === runId)).toMatchObject({ status: "failed", error: INTERRUPTED, interrupted: false });
    expect(after.find((r) => r.id === again.runId)).toMatchObject({ status: "done", interrupted: false });
    const [{ n }] = (await q<{ n: number }>(t, sql`select count(*)::int as n from invoices`)) as [{ n: number }];
    expect(n).toBe(3);
  });

  it("a live run is not taken as interrupted: each step renews its lease", async () => {
    const t = await threeLines(db, "lease-live");
    const runId = await startJobRun(db.app, t.tenantId, "2026-01-01", "cli", null);
    await q(t, sql`update job_runs set lease_until = now() + interval '1 second' where id = ${runId}::uuid`);
    await runDailyStep(db.app, t.tenantId, "2026-01-01", "billing", {}, { runId, trigger: "cli" });
    const [row] = await q<{ minutes: number }>(t, sql`select extract(epoch from lease_until - now()) / 60 as minutes from job_runs where id = ${runId}::uuid`);
    expect(Number(row!.minutes)).toBeGreaterThan(4);
  });

  it("a day re-run after an interruption reports the whole day, in the owner's summary and in the run record", async () => {
    const t = await threeLines(db, "rerun-day");
    // The first run bills the day, then stops at the reminders (its billing and overdue steps committed).
    const stop = (step: string) => {
      if (step === "reminders") throw new Error("the process was killed");
    };
    await expect(runDailyPipeline(db.app, t.tenantId, "2026-01-01", "cli", { afterWork: stop })).rejects.toThrow("the process was killed");
    const [first] = await runs(t);
    expect(first).toMatchObject({ status: "failed" });
    expect(first!.summary.billing).toMatchObject({ invoices: 3 });

    const { summary } = await runDailyPipeline(db.app, t.tenantId, "2026-01-01", "cli");
    // This run's own billing step found the day already billed...
    expect(summary.billing).toMatchObject({ invoices: 0 });
    // ...but the day issued three invoices, and the record and the owner's email say so.
    expect(summary.day).toMatchObject({ invoices: 3 });
    const [latest] = await runs(t);
    expect(latest!.summary.day).toMatchObject({ invoices: 3 });
    const mails = await q<{ body: string }>(t, sql`select body from outbox_messages where template_key = 'daily_summary'`);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain("3 invoices issued");
  });
});
