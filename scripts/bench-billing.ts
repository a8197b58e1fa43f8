/**
 * npm run bench:billing
 *
 * The billing run at 100,000 active subscriptions (issue 4, "Speed"). On the
 * local PostgreSQL named by BENCH_DATABASE_URL or TEST_DATABASE_URL it creates
 * fiberbill_bench_<ts>, seeds tenant "bench" with 120,000 customers (about
 * 100,000 active subscriptions), and times,
 * each in its own transaction that is rolled back afterwards, as the runtime
 * role under row-level security:
 *   run    executeBillingRun, the app's set-based run (compose in TS, insert in bulk);
 *   limit  one bare INSERT ... SELECT for the invoices and one for their lines,
 *          writing the same rows (full-period service lines): the practical floor;
 *   naive  a loop that inserts invoice by invoice through Drizzle (a counter
 *          update, an invoice, its lines), on a 10,000 sample scaled to 100,000.
 * The database is dropped at the end, also on error. The last line is one JSON object.
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import { eq, sql } from "drizzle-orm";
import { connect, type Connection } from "@/db/connect";
import { rowsOf } from "@/db/rows";
import { invoiceLines, invoices, users } from "@/db/schema";
import { resolveTenantBySlug } from "@/db/system";
import type { Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { recordAudit } from "@/lib/audit/record";
import { executeBillingRun, planBillingRun } from "@/lib/billing/run";
import { takeNumbers } from "@/lib/numbering/counters";
import { tenantDate } from "@/lib/time/format";
import { benchEnv, createBenchDatabase, run } from "./bench/server";

/** Customers seeded: the bulk seed's status mix leaves about 100,000 of them with an active subscription. */
const SUBSCRIBERS = 120_000;
const NAIVE_SAMPLE = 10_000;
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

class Rollback extends Error {}

/** Runs fn in a tenant transaction, times it, and rolls everything back. */
async function timed(conn: Connection, tenantId: string, fn: (tx: Tx) => Promise<number>): Promise<{ seconds: number; rows: number }> {
  let rows = 0;
  const started = performance.now();
  let seconds = 0;
  try {
    await withTenantOn(conn.app, tenantId, async (tx) => {
      rows = await fn(tx);
      seconds = (performance.now() - started) / 1000;
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return { seconds, rows };
}

async function main() {
  const database = await createBenchDatabase(serverUrl);
  let conn: Connection | undefined;
  try {
    console.log(`Seeding ${SUBSCRIBERS.toLocaleString()} customers in ${database.name} ...`);
    await run("tsx", ["scripts/cli/seed.ts", "--customers", String(SUBSCRIBERS), "--tenant", "bench", "--name", "Bench Fiber"], benchEnv(database.url, "bench"));
    conn = await connect({ databaseUrl: database.url });
    const tenant = (await resolveTenantBySlug(conn.app, "bench"))!;
    const runDate = tenantDate(new Date(), tenant.timeZone);
    const [owner] = await withTenantOn(conn.app, tenant.id, (tx) => tx.select({ id: users.id }).from(users).where(eq(users.isTenantOwner, true)));
    const ctx = (tx: Tx) => ({ tx, userId: owner!.id, audit: (e: Parameters<typeof recordAudit>[2]) => recordAudit(tx, { tenantId: tenant.id, userId: owner!.id, ip: null, userAgent: "bench" }, e) });
    const active = await withTenantOn(conn.app, tenant.id, async (tx) =>
      rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from subscriptions where status = 'active'`))[0]!.n,
    );
    console.log(`${active.toLocaleString()} active subscriptions; run date ${runDate}`);

    const runResult = await timed(conn, tenant.id, async (tx) => (await executeBillingRun(ctx(tx), tenant.id, runDate)).invoices.length);
    console.log(`run:   ${runResult.rows.toLocaleString()} invoices in ${runResult.seconds.toFixed(2)} s`);

    // The floor: the same invoice rows and lines, written by two bare statements.
    const limit = await timed(conn, tenant.id, async (tx) => {
      const inserted = rowsOf<{ n: number }>(
        await tx.execute(sql`
          with due as (
            select s.id as subscription_id, s.customer_id, p.monthly_fee,
              row_number() over (order by c.account_no, s.created_at, s.id) as n
            from subscriptions s
            join customers c on c.tenant_id = s.tenant_id and c.id = s.customer_id
            join plans p on p.tenant_id = s.tenant_id and p.id = s.plan_id
            where s.status = 'active'),
          ins as (
            insert into invoices (tenant_id, id, number, customer_id, subscription_id, period_start, period_end, issue_date, due_date, subtotal, total, status)
            select ${tenant.id}::uuid, gen_random_uuid(), 'LIM-' || lpad(n::text, 8, '0'), customer_id, subscription_id,
              date_trunc('month', ${runDate}::date)::date, (date_trunc('month', ${runDate}::date) + interval '1 month')::date,
              ${runDate}::date, ${runDate}::date + 7, monthly_fee, monthly_fee, 'open'
            from due returning 1)
          select count(*)::int as n from ins`),
      )[0]!.n;
      await tx.execute(sql`
        insert into invoice_lines (tenant_id, invoice_id, position, kind, description, period_start, period_end, amount)
        select tenant_id, id, 0, 'service', 'Service', period_start, period_end, total from invoices where number like 'LIM-%'`);
      return inserted;
    });
    console.log(`limit: ${limit.rows.toLocaleString()} invoices in ${limit.seconds.toFixed(2)} s`);

    // What a typical ORM job does: one invoice at a time.
    const naive = await timed(conn, tenant.id, async (tx) => {
      const { invoices: planned } = await planBillingRun(tx, tenant.id, runDate);
      const sample = planned.slice(0, NAIVE_SAMPLE);
      for (const inv of sample) {
        const [number] = await takeNumbers(tx, tenant.id, "invoice");
        const id = randomUUID();
        await tx.insert(invoices).values({
          tenantId: tenant.id,
          id,
          number: number!,
          customerId: inv.customerId,
          subscriptionId: inv.subscriptionId,
          periodStart: inv.period.start,
          periodEnd: inv.period.end,
          issueDate: inv.issueDate,
          dueDate: inv.dueDate,
          subtotal: inv.totals.subtotal,
          total: inv.totals.total,
        });
        await tx.insert(invoiceLines).values(inv.lines.map((l, position) => ({ tenantId: tenant.id, invoiceId: id, position, kind: l.kind, description: l.description, amount: l.amount })));
      }
      return sample.length;
    });
    const naiveScaled = (naive.seconds * runResult.rows) / Math.max(1, naive.rows);
    console.log(`naive: ${naive.rows.toLocaleString()} invoices in ${naive.seconds.toFixed(2)} s, scaled to ${runResult.rows.toLocaleString()}: ${naiveScaled.toFixed(1)} s`);
    console.log(
      `\nmachine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}`,
      `\nrun / limit: ${(runResult.seconds / limit.seconds).toFixed(2)}x (target within 2x); naive / run: ${(naiveScaled / runResult.seconds).toFixed(1)}x`,
    );
    console.log(
      JSON.stringify({
        bench: "billing",
        subscriptions: active,
        run_s: Number(runResult.seconds.toFixed(2)),
        limit_s: Number(limit.seconds.toFixed(2)),
        naive_s: Number(naiveScaled.toFixed(1)),
        naive_sample: naive.rows,
      }),
    );
  } finally {
    await conn?.close();
    await database.drop();
  }
}

await main();
