import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, type Connection } from "@/db/connect";
import { rowsOf } from "@/db/rows";
import { billingSettings } from "@/db/schema";
import type { Database, Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { createCustomer } from "@/lib/customers/customers";
import { runDailyPipeline } from "@/lib/jobs/daily";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { actingAs, signUp, type TestTenant } from "../support/tenants";

/**
 * The server dropping the runtime role's connections (pg_terminate_backend as
 * the owner: a failover, a restart, a proxy timing out) in the middle of the
 * daily pipeline. PostgreSQL only: PGlite has no backends to terminate. Each
 * test has a throw-away database of its own, so only its own connections are
 * terminated.
 */
const serverUrl = process.env.TEST_DATABASE_URL;

async function throwAwayDatabase(): Promise<{ url: string; conn: Connection; drop: () => Promise<void> }> {
  const name = `fiberbill_drop_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const server = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  await server.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  const conn = await connect({ databaseUrl: url.toString() });
  await conn.migrate();
  return {
    url: url.toString(),
    conn,
    drop: async () => {
      await conn.close();
      await server.unsafe(`drop database if exists "${name}" with (force)`);
      await server.end();
    },
  };
}

/** Terminates every connection of the runtime role to this database; returns how many. */
async function dropAppConnections(conn: Connection): Promise<number> {
  return conn.asOwner(async (owner) => {
    const rows = rowsOf<{ pid: number }>(
      await owner.execute(sql`select pid from pg_stat_activity where usename = 'fiberbill_app' and datname = current_database() and pid <> pg_backend_pid()`),
    );
    for (const { pid } of rows) await owner.execute(sql`select pg_terminate_backend(${pid})`);
    return rows.length;
  });
}

/** Four lines activated on Jan 1, 2026, billed monthly. */
async function fourLines(app: Database, slug: string): Promise<TestTenant> {
  const t = await signUp(app, slug);
  await withTenantOn(app, t.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: "2026-01-01" };
    await tx.insert(billingSettings).values({ tenantId: t.tenantId, businessName: `${slug} Fiber`, lateFeeKind: "flat", lateFeeAmount: 10000 });
    const brgy = await createBarangay(ctx, t.tenantId, { name: "Kauswagan", city: "Cagayan de Oro City", province: "Misamis Oriental" });
    const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 0, description: "" });
    for (const [i, name] of ["Dado", "Elsa", "Fely", "Gardo"].entries()) {
      const c = await createCustomer(ctx, t.tenantId, { firstName: name, lastName: "Santos", mobile: `+63917555030${i}`, barangayId: brgy.id, addressLine: "", notes: "" });
      const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: "2026-01-01", label: "" });
      await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: "2026-01-01" });
    }
  });
  return t;
}

/**
 * What a tenant's days left behind, by count and amount: compared between a
 * run whose connections were dropped and the same days run undisturbed, any
 * row lost or doubled shows. Also: runs still marked running, and days of
 * `days` without a finished run.
 */
async function ledgerOf(app: Database, t: TestTenant, days: string[]) {
  return withTenantOn(app, t.tenantId, async (tx) => {
    const q = async (query: ReturnType<typeof sql>) => rowsOf<Record<string, unknown>>(await tx.execute(query));
    return {
      invoices: await q(sql`select count(*)::int as n, coalesce(sum(total), 0)::text as total, count(distinct (subscription_id, period_start))::int as periods from invoices`),
      adjustments: await q(sql`select category, count(*)::int as n, sum(amount)::text as total from adjustments group by category order by category`),
      messages: await q(sql`select template_key, count(*)::int as n from outbox_messages group by template_key order by template_key`),
      workItems: await q(sql`select kind, count(*)::int as n from work_items group by kind order by kind`),
      lines: await q(sql`select status, count(*)::int as n from subscriptions group by status order by status`),
      running: await q(sql`select count(*)::int as n from job_runs where status = 'running'`),
      undone: (
        await q(sql`select d as day from jsonb_array_elements_text(${JSON.stringify(days)}::jsonb) d
          where not exists (select 1 from job_runs r where r.run_date = d::date and r.status = 'done') order by 1`)
      ).map((r) => r.day),
    };
  });
}

function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
}

function runCli(url: string, args: string[]): { done: Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }>; pid: number | undefined } {
  const child = spawn("npx", ["tsx", "scripts/cli/jobs-daily.ts", ...args], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: url, DATABASE_APP_URL: "", NODE_ENV: "development" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stderr, stdout })),
  );
  return { done, pid: child.pid };
}

describe.skipIf(!serverUrl)("dropped database connections on postgres", () => {
  let db: Awaited<ReturnType<typeof throwAwayDatabase>>;
  beforeAll(async () => {
    db = await throwAwayDatabase();
  });
  afterAll(async () => db?.drop());

  it("the pipeline survives its connections being terminated mid-step: the step is retried, nothing is lost or doubled", async () => {
    const days = ["2026-01-01", "2026-01-09", "2026-01-14", "2026-01-15"];
    const control = await fourLines(db.conn.app, "drop-inproc-control");
    for (const day of days) await runDailyPipeline(db.conn.app, control.tenantId, day, "cli");

    const t = await fourLines(db.conn.app, "drop-inproc");
    let drops = 0;
    for (const day of days) {
      const hit = new Set<string>();
      // Inside a step's open transaction, the server drops every runtime connection; the step's next query then fails.
      const afterWork = async (step: string, tx: Tx) => {
        if ((step !== "overdue" && step !== "suspensions") || hit.has(step)) return;
        hit.add(step);
        drops += await dropAppConnections(db.conn);
        await tx.execute(sql`select pg_sleep(0.2)`);
      };
      await runDailyPipeline(db.conn.app, t.tenantId, day, "cli", { afterWork });
    }
    expect(drops).toBeGreaterThan(0);
    // The pool serves the next request on a fresh connection; the ledger equals the undisturbed one.
    const [ledger, expected] = [await ledgerOf(db.conn.app, t, days), await ledgerOf(db.conn.app, control, days)];
    expect(ledger).toEqual(expected);
    expect(ledger.undone).toEqual([]);
    expect(ledger.running).toEqual([{ n: 0 }]);
  });

  it("npm run jobs:daily has its connections terminated while it plays days: it finishes or stops cleanly, and a second run completes the days", async () => {
    const days = daysBetween("2026-01-01", "2026-02-20");
    const control = await fourLines(db.conn.app, "drop-cli-control");
    for (const day of days) await runDailyPipeline(db.conn.app, control.tenantId, day, "cli");

    const t = await fourLines(db.conn.app, "drop-cli");
    const args = ["--tenant", t.slug, "--date", days[0]!, "--until", days.at(-1)!];
    const first = runCli(db.url, args);
    let exited = false;
    void first.done.then(() => (exited = true));
    // Wait for the command to reach the database, then drop its connections again and again while it runs.
    let drops = 0;
    for (let i = 0; i < 400 && !exited && drops < 12; i++) {
      await new Promise((r) => setTimeout(r, 150));
      const n = await dropAppConnections(db.conn);
      if (n > 0) drops++;
    }
    const result = await first.done;
    expect(drops).toBeGreaterThan(0);
    // A clean ending: done, or stopped with its message. Never a crash in the driver, never a silent exit 13.
    expect(result.stderr).not.toMatch(/TypeError|Cannot read properties of null/);
    expect([0, 1]).toContain(result.code);
    // Stopped within a day (which day, and from where to go on) or while starting up: said in words, not a stack trace.
    if (result.code === 1) expect(result.stderr).toMatch(/stopped: .*\n.*Run the command again from --date|jobs:daily stopped: .*Run the same command again/);

    const second = await runCli(db.url, args).done;
    expect(second.stderr).not.toMatch(/TypeError/);
    expect(second.code).toBe(0);
    // Every day done, and not a row lost or doubled against the same days run undisturbed.
    const [ledger, expected] = [await ledgerOf(db.conn.app, t, days), await ledgerOf(db.conn.app, control, days)];
    expect(ledger).toEqual(expected);
    expect(ledger.undone).toEqual([]);
    expect(ledger.running).toEqual([{ n: 0 }]);
  }, 300_000);
});
