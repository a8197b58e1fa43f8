import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { runDailyJobAction } from "@/app/(tenant)/t/[tenant]/(app)/settings/schedule/actions";
import { OWNER_ONLY } from "@/lib/actions/owner-action";
import { addDays } from "@/lib/billing/dates";
import { DAILY_STEPS } from "@/lib/jobs/daily";
import { tenantDate } from "@/lib/time/format";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { addBillingFixtures, addStaff, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

type Row = Record<string, unknown>;
const TODAY = tenantDate(new Date(), "Asia/Manila");

/** Settings > Schedule's "Run now" below Next.js: owner only, validated date, one recorded run with every step. */
describe.each(backends)("daily job actions on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let adminA: string;
  const q = async <T extends Row>(query: ReturnType<typeof sql>) => withTenantOn(db.app, a.tenantId, async (tx) => rowsOf<T>(await tx.execute(query)));
  const runCount = async () => (await q<{ n: number }>(sql`select count(*)::int as n from job_runs`))[0]!.n;

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "dailyjob-alpha");
    const { customerId } = await addSubscriberFixtures(db.app, a);
    await addBillingFixtures(db.app, a, customerId);
    // Every permission there is, and still not the owner.
    adminA = await addStaff(db.app, a, "admin@dailyjob-alpha.test", "Administrator");
  });
  afterAll(async () => db?.drop());

  it("refuses an administrator who holds every permission, before looking at the input", async () => {
    const session = await requestAs(db.app, a, adminA);
    expect(session.session.state === "signed-in" && session.session.user.permissions.length).toBeGreaterThan(20);
    expect(await runDailyJobAction.runWith(session, form({ runDate: TODAY }))).toEqual({ ok: false, error: OWNER_ONLY, fieldErrors: {} });
    expect(await runDailyJobAction.runWith(session, form({ runDate: "soon" }))).toEqual({ ok: false, error: OWNER_ONLY, fieldErrors: {} });
    expect(await runCount()).toBe(0);
  });

  it("puts a malformed, a far-future and a long-past date next to the field, running nothing", async () => {
    const owner = await requestAs(db.app, a, a.ownerId);
    const bad = await runDailyJobAction.runWith(owner, form({ runDate: "2026-02-30" }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fieldErrors.runDate).toEqual(["Enter the date to run the daily job for, like 2026-12-01."]);
    const far = await runDailyJobAction.runWith(owner, form({ runDate: addDays(TODAY, 32) }));
    expect(far.ok).toBe(false);
    if (!far.ok) expect(far.fieldErrors.runDate).toEqual(["Pick a date at most 31 days from today."]);
    const old = await runDailyJobAction.runWith(owner, form({ runDate: addDays(TODAY, -400) }));
    expect(old.ok).toBe(false);
    if (!old.ok) expect(old.fieldErrors.runDate).toEqual(["Pick a date within the past year."]);
    expect(await runCount()).toBe(0);
  });

  it("runs every step for the owner's date, recorded as a job run with its summary and an audit row", async () => {
    const result = await runDailyJobAction.runWith(await requestAs(db.app, a, a.ownerId), form({ runDate: TODAY }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Each step, then the day's totals (from the day's data: the owner's summary reports those).
    expect(Object.keys(result.data.summary)).toEqual([...DAILY_STEPS, "day"]);
    expect(result.data.runDate).toBe(TODAY);
    const runs = await q<{ id: string; run_date: string; trigger: string; status: string; started_by: string; summary: Record<string, Record<string, number>>; error: string | null; finished: boolean }>(
      sql`select id, run_date::text, trigger, status, started_by, summary, error, finished_at is not null as finished from job_runs`,
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ id: result.data.runId, run_date: TODAY, trigger: "user", status: "done", started_by: a.ownerId, error: null, finished: true });
    expect(runs[0]!.summary).toEqual(result.data.summary);
    // The fixtures' customer is long unpaid: this run suspends the line and asks for a disconnection.
    expect(runs[0]!.summary.suspensions).toMatchObject({ suspended: 1, workItems: 1 });
    const audit = await q<{ user_id: string; entity_id: string }>(sql`select user_id, entity_id from audit_log where action = 'job.daily_run'`);
    expect(audit).toEqual([{ user_id: a.ownerId, entity_id: result.data.runId }]);
  });

  it("runs again for the same date without doing anything twice", async () => {
    const result = await runDailyJobAction.runWith(await requestAs(db.app, a, a.ownerId), form({ runDate: TODAY }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.summary.suspensions).toMatchObject({ suspended: 0, workItems: 0 });
    expect(result.data.summary.billing).toMatchObject({ invoices: 0 });
    expect(await runCount()).toBe(2);
    expect((await q<{ n: number }>(sql`select count(*)::int as n from work_items`))[0]!.n).toBe(1);
  });
});
