/**
 * npm run bench:daily
 *
 * The daily pipeline (lib/jobs/daily.ts) through one billing month for a
 * tenant with about 100,000 active subscriptions (issue 5). On the local
 * PostgreSQL named by BENCH_DATABASE_URL or TEST_DATABASE_URL it creates
 * fiberbill_bench_<ts>, seeds tenant "bench" with 120,000 customers (billed
 * by their previous system up to the month played), sets a flat late fee and
 * a reconnection fee, and then plays the month, each step of
 * each day timed as the runtime role under row-level security, committed, as
 * runDailyPipeline runs it:
 *   cycle day       the billing step bills everyone;
 *   cycle day + 3   about 80 % of customers pay in full (posted set-based, see
 *                   postBulkPayments: postPayment one by one would take longer
 *                   than the whole month);
 *   reminder days, the due date, the overdue day, ... up to the first day past
 *   due + grace, when the late fees and the suspensions hit the other 20 %.
 * On that day a bare UPDATE of the same subscriptions' status, in the same
 * kind of tenant transaction and rolled back, gives the suspension step a floor.
 * The day after (issue 12, item 7), the technicians have cut most of the
 * suspended lines (four in five of the "to disconnect" jobs marked done, set-
 * based) and 5,000 of the suspended customers pay what is overdue (posted set-
 * based, as the 80 % were); that day's reconnection step brings their lines
 * back: a reconnection fee, a "to reconnect" job and a message for each cut
 * line, a cancelled job and a resumed line for the others. A bare UPDATE of
 * the same lines' reconnect_requested_on, rolled back, gives it a floor.
 * Between days the tables the steps write are analyzed (outside the timings), as
 * autovacuum would have done overnight; --stale-stats skips that, and shows what
 * a step costs when its plan is made on statistics from before a bulk write.
 * The database is dropped at the end, also on error or Ctrl-C. The last line is one JSON object.
 */
import os from "node:os";
import { eq, sql, type SQL } from "drizzle-orm";
import { connect, type Connection } from "@/db/connect";
import { rowsOf } from "@/db/rows";
import { billingSettings, users } from "@/db/schema";
import { resolveTenantBySlug } from "@/db/system";
import type { Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { addDays, type IsoDate } from "@/lib/billing/dates";
import { DAILY_STEPS, finishJobRun, runDailyStep, startJobRun, type DailyStep, type DailySummary } from "@/lib/jobs/daily";
import { pastGraceDueDate } from "@/lib/collections/suspensions";
import { takeNumbers } from "@/lib/numbering/counters";
import { tenantDate } from "@/lib/time/format";
import { benchEnv, createBenchDatabase, run } from "./bench/server";

/** Customers seeded: the bulk seed's status mix leaves about 100,000 of them with an active subscription. */
const SUBSCRIBERS = 120_000;
/** Suspended customers who pay on the day after the suspensions (issue 12, item 7). */
const RECONNECTING = 5_000;
/** Share of customers who pay before the due date, in tenths. */
const PAYING_TENTHS = 8;
const PAY_AFTER_DAYS = 3;
const SETTINGS = { cycleKind: "fixed", cycleDay: 1, issueLeadDays: 0, dueDays: 7, graceDays: 5, lateFeeKind: "flat", lateFeeAmount: 100_00, reconnectionFee: 500_00 } as const;
const STALE_STATS = process.argv.includes("--stale-stats");
const WRITTEN_TABLES = ["invoices", "invoice_lines", "payments", "payment_allocations", "adjustments", "outbox_messages", "subscriptions", "subscription_events", "customers", "customer_status_history", "work_items", "audit_log"];
const ANALYZE_WRITTEN = sql`analyze ${sql.join(WRITTEN_TABLES.map((t) => sql.identifier(t)), sql`, `)}`;
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

class Rollback extends Error {}

type DayResult = { date: IsoDate; total_s: number; steps: Partial<Record<DailyStep, number>>; messages: number; summary: DailySummary };

const seconds = (since: number) => (performance.now() - since) / 1000;
const round = (s: number) => Number(s.toFixed(3));

async function count(conn: Connection, tenantId: string, query: ReturnType<typeof sql>): Promise<number> {
  return withTenantOn(conn.app, tenantId, async (tx) => rowsOf<{ n: number }>(await tx.execute(query))[0]!.n);
}

/**
 * One cash payment in full for each open invoice `picked` selects, paid on
 * `paidOn`: the payments, their allocations and the invoices' amount_paid and
 * status in one statement, as the runtime role, receipt numbers taken from the
 * counter in one call. What postPayment does per payment besides (its audit
 * row, the reconnection event) is left out. Returns the invoices paid.
 */
async function payInvoices(tx: Tx, tenantId: string, picked: SQL, paidOn: IsoDate, receivedBy: string): Promise<number> {
  const open = sql`status in ('open', 'partially_paid') and total > amount_paid and ${picked}`;
  const n = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from invoices where ${open}`))[0]!.n;
  if (n === 0) return 0;
  const receipts = await takeNumbers(tx, tenantId, "receipt", n);
  await tx.execute(sql`
    with pick as materialized (
      select id as invoice_id, customer_id, total - amount_paid as amount, gen_random_uuid() as payment_id,
        row_number() over (order by number) as n
      from invoices where ${open}),
    numbered as materialized (
      select p.*, r.receipt from pick p
      join jsonb_array_elements_text(${JSON.stringify(receipts)}::jsonb) with ordinality as r(receipt, n) on r.n = p.n),
    paid as (
      insert into payments (tenant_id, id, receipt_number, customer_id, amount, method, paid_on, received_by)
      select ${tenantId}::uuid, payment_id, receipt, customer_id, amount, 'cash', ${paidOn}::date, ${receivedBy}::uuid from numbered
      returning id),
    allocated as (
      insert into payment_allocations (tenant_id, payment_id, invoice_id, amount)
      select ${tenantId}::uuid, payment_id, invoice_id, amount from numbered
      returning id)
    update invoices i set amount_paid = i.amount_paid + n.amount, status = 'paid'
    from numbered n where i.id = n.invoice_id`);
  return n;
}

/** Full payments for about 80 % of customers (picked by a hash of their id); nobody is suspended yet, so no reconnection is missed. */
function postBulkPayments(tx: Tx, tenantId: string, paidOn: IsoDate, receivedBy: string): Promise<number> {
  return payInvoices(tx, tenantId, sql`abs(hashtext(customer_id::text)) % 10 < ${PAYING_TENTHS}`, paidOn, receivedBy);
}

/**
 * The technicians' round on the day after the suspensions, set-based and
 * outside the timings: four in five "to disconnect" jobs are done (by a hash
 * of the line), and their customers are disconnected, as completeWorkItem
 * would leave them (its history and audit rows are left out: no step reads them).
 */
async function cutMostLines(tx: Tx, doneBy: string): Promise<number> {
  const cut = rowsOf<{ customer_id: string }>(
    await tx.execute(sql`
      update work_items set status = 'done', done_at = now(), done_by = ${doneBy}::uuid, note = 'Cut at the NAP box'
      where kind = 'disconnect' and status = 'open' and abs(hashtext(subscription_id::text)) % 5 <> 0
      returning customer_id`),
  );
  await tx.execute(sql`update customers set status = 'disconnected', status_changed_at = now(), updated_at = now()
    where status = 'suspended' and id in (select customer_id from work_items where kind = 'disconnect' and status = 'done')`);
  return cut.length;
}

/**
 * RECONNECTING of the customers whose lines are suspended for non-payment pay
 * every open invoice in full on `paidOn`. Nothing reconnects here: the day's
 * reconnection step finds them. Returns how many customers paid.
 */
async function payForReconnection(tx: Tx, tenantId: string, paidOn: IsoDate, receivedBy: string): Promise<number> {
  const payers = sql`customer_id in (select customer_id from (select distinct customer_id from subscriptions
    where status = 'suspended' and suspension_cause = 'nonpayment' and reconnect_requested_on is null) s
    order by hashtext(customer_id::text), customer_id limit ${RECONNECTING})`;
  await payInvoices(tx, tenantId, payers, paidOn, receivedBy);
  return rowsOf<{ n: number }>(await tx.execute(sql`select count(distinct customer_id)::int as n from payments where paid_on = ${paidOn}::date`))[0]!.n;
}

/**
 * The floor for the reconnection day: one UPDATE setting reconnect_requested_on
 * on the lines the step will bring back (suspended for non-payment, customer
 * owing nothing past due + grace any more), as the runtime role, rolled back.
 */
async function bareReconnection(conn: Connection, tenantId: string, date: IsoDate, lastDue: IsoDate): Promise<{ seconds: number; rows: number }> {
  let result = { seconds: 0, rows: 0 };
  const started = performance.now();
  try {
    await withTenantOn(conn.app, tenantId, async (tx) => {
      const rows = rowsOf<{ id: string }>(
        await tx.execute(sql`
          update subscriptions set reconnect_requested_on = ${date}::date
          where status = 'suspended' and suspension_cause = 'nonpayment' and reconnect_requested_on is null and customer_id not in (
            select customer_id from invoices where status in ('open', 'partially_paid') and due_date <= ${lastDue}::date)
          returning id`),
      ).length;
      result = { seconds: seconds(started), rows };
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return result;
}

/**
 * The floor for the suspension day: one UPDATE of the status of the lines the
 * step will suspend (active lines of customers owing past due + grace), in a
 * tenant transaction as the runtime role, rolled back.
 */
async function bareSuspension(conn: Connection, tenantId: string, lastDue: IsoDate): Promise<{ seconds: number; rows: number }> {
  let result = { seconds: 0, rows: 0 };
  const started = performance.now();
  try {
    await withTenantOn(conn.app, tenantId, async (tx) => {
      const rows = rowsOf<{ id: string }>(
        await tx.execute(sql`
          update subscriptions set status = 'suspended', suspension_cause = 'nonpayment', updated_at = now()
          where status = 'active' and customer_id in (
            select customer_id from invoices where status in ('open', 'partially_paid') and due_date <= ${lastDue}::date)
          returning id`),
      ).length;
      result = { seconds: seconds(started), rows };
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return result;
}

/** One day as runDailyPipeline runs it (a job_runs row, the steps in order, each its own transaction), every step timed. */
async function playDay(conn: Connection, tenantId: string, date: IsoDate, beforeStep?: (step: DailyStep) => Promise<void>): Promise<DayResult> {
  const outbox = sql`select count(*)::int as n from outbox_messages`;
  const queuedBefore = await count(conn, tenantId, outbox);
  const steps: DayResult["steps"] = {};
  const summary: DailySummary = {};
  const started = performance.now();
  const runId = await startJobRun(conn.app, tenantId, date, "cli", null);
  let aside = 0;
  for (const step of DAILY_STEPS) {
    // The comparison run before a step is not part of the day.
    const asideStarted = performance.now();
    await beforeStep?.(step);
    aside += seconds(asideStarted);
    const stepStarted = performance.now();
    summary[step] = await runDailyStep(conn.app, tenantId, date, step, summary);
    steps[step] = round(seconds(stepStarted));
  }
  await finishJobRun(conn.app, tenantId, runId, summary);
  const total = seconds(started) - aside;
  const messages = (await count(conn, tenantId, outbox)) - queuedBefore;
  return { date, total_s: round(total), steps, messages, summary };
}

function printTable(days: DayResult[]) {
  const head = ["date", "total s", ...DAILY_STEPS, "queued", "what happened"];
  const what = (d: DayResult) => {
    const s = d.summary;
    const parts = [
      s.billing?.invoices ? `${s.billing.invoices} invoices` : "",
      s.reminders?.reminders ? `${s.reminders.reminders} reminders` : "",
      s.overdue?.overdue ? `${s.overdue.overdue} overdue` : "",
      s["late-fees"]?.lateFees ? `${s["late-fees"].lateFees} late fees` : "",
      s.suspensions?.suspended ? `${s.suspensions.suspended} suspended` : "",
      s.reconnections?.reconnect || s.reconnections?.resumed ? `${(s.reconnections.reconnect ?? 0) + (s.reconnections.resumed ?? 0)} reconnected` : "",
    ];
    return parts.filter(Boolean).join(", ") || "-";
  };
  const rows = days.map((d) => [d.date, d.total_s.toFixed(2), ...DAILY_STEPS.map((s) => (d.steps[s] ?? 0).toFixed(2)), String(d.messages), what(d)]);
  console.log(`\n| ${head.join(" | ")} |\n| ${head.map(() => "--").join(" | ")} |`);
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
}

async function main() {
  const database = await createBenchDatabase(serverUrl);
  let conn: Connection | undefined;
  // Ctrl-C or a kill: the finally below would not run, so drop the database here.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: dropping ${database.name} ...`);
    void database.drop().finally(() => process.exit(130));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  try {
    console.log(`Seeding ${SUBSCRIBERS.toLocaleString()} customers in ${database.name} ...`);
    await run("tsx", ["scripts/cli/seed.ts", "--customers", String(SUBSCRIBERS), "--tenant", "bench", "--name", "Bench Fiber"], benchEnv(database.url, "bench"));
    conn = await connect({ databaseUrl: database.url });
    const tenant = (await resolveTenantBySlug(conn.app, "bench"))!;
    const tenantId = tenant.id;
    const [owner] = await withTenantOn(conn.app, tenantId, (tx) => tx.select({ id: users.id }).from(users).where(eq(users.isTenantOwner, true)));
    await withTenantOn(conn.app, tenantId, (tx) =>
      tx.insert(billingSettings).values({ tenantId, ...SETTINGS }).onConflictDoUpdate({ target: billingSettings.tenantId, set: { ...SETTINGS, updatedAt: sql`now()` } }),
    );
    const active = await count(conn, tenantId, sql`select count(*)::int as n from subscriptions where status = 'active'`);
    // The next cycle day (the 1st) after today, in the tenant's calendar.
    const today = tenantDate(new Date(), tenant.timeZone);
    const cycleDay = today.endsWith("-01") ? today : `${addDays(`${today.slice(0, 7)}-01`, 31).slice(0, 7)}-01`;
    // The previous system billed the seeded lines up to the month the bench plays: FiberBill bills them from its cycle day.
    await withTenantOn(conn.app, tenantId, (tx) =>
      tx.execute(sql`update subscriptions set billed_elsewhere_until = ${addDays(cycleDay, -1)}::date where activated_on < ${cycleDay}::date`),
    );
    console.log(`${active.toLocaleString()} active subscriptions, billed elsewhere until ${addDays(cycleDay, -1)}; cycle day ${cycleDay}; flat late fee, reconnection fee set`);

    const days: DayResult[] = [];
    if (!STALE_STATS) await conn.asOwner((owner) => owner.execute(ANALYZE_WRITTEN));
    const first = await playDay(conn, tenantId, cycleDay);
    days.push(first);
    console.log(`${cycleDay}: ${first.summary.billing?.invoices} invoices in ${first.total_s.toFixed(2)} s`);
    const dueDate = rowsOf<{ d: string }>(
      await withTenantOn(conn.app, tenantId, async (tx) => tx.execute(sql`select max(due_date)::text as d from invoices where issue_date = ${cycleDay}::date`)),
    )[0]!.d;
    const pastGrace = addDays(dueDate, SETTINGS.graceDays + 1);
    const payDay = addDays(cycleDay, PAY_AFTER_DAYS);
    let payments = { n: 0, seconds: 0 };
    let suspensionFloor = { seconds: 0, rows: 0 };

    for (let date = addDays(cycleDay, 1); date <= pastGrace; date = addDays(date, 1)) {
      if (date === payDay) {
        const started = performance.now();
        if (!STALE_STATS) await conn.asOwner((owner) => owner.execute(ANALYZE_WRITTEN));
        const n = await withTenantOn(conn.app, tenantId, (tx) => postBulkPayments(tx, tenantId, payDay, owner!.id));
        payments = { n, seconds: seconds(started) };
        console.log(`${date}: posted ${n.toLocaleString()} full payments set-based (one INSERT ... SELECT into payments + payment_allocations, invoices updated) in ${payments.seconds.toFixed(2)} s, before the day's run`);
      }
      const beforeStep =
        date === pastGrace
          ? async (step: DailyStep) => {
              if (step === "suspensions") suspensionFloor = await bareSuspension(conn!, tenantId, pastGraceDueDate(date, SETTINGS.graceDays));
            }
          : undefined;
      if (!STALE_STATS) await conn.asOwner((owner) => owner.execute(ANALYZE_WRITTEN));
      const day = await playDay(conn, tenantId, date, beforeStep);
      days.push(day);
      console.log(`${date}: ${day.total_s.toFixed(2)} s, ${day.messages} messages queued`);
    }

    // The day after: the technicians cut most lines, 5,000 suspended customers pay, the day's run reconnects them.
    const reconnectDay = addDays(pastGrace, 1);
    let reconnectionPay = { customers: 0, cut: 0, seconds: 0 };
    let reconnectionFloor = { seconds: 0, rows: 0 };
    {
      const started = performance.now();
      const cut = await withTenantOn(conn.app, tenantId, (tx) => cutMostLines(tx, owner!.id));
      if (!STALE_STATS) await conn.asOwner((owner) => owner.execute(ANALYZE_WRITTEN));
      const customers = await withTenantOn(conn.app, tenantId, (tx) => payForReconnection(tx, tenantId, reconnectDay, owner!.id));
      reconnectionPay = { customers, cut, seconds: seconds(started) };
      console.log(`${reconnectDay}: ${cut.toLocaleString()} lines cut in the field; ${customers.toLocaleString()} suspended customers paid in full (set-based), before the day's run`);
      if (!STALE_STATS) await conn.asOwner((owner) => owner.execute(ANALYZE_WRITTEN));
      const day = await playDay(conn, tenantId, reconnectDay, async (step) => {
        if (step === "reconnections") reconnectionFloor = await bareReconnection(conn!, tenantId, reconnectDay, pastGraceDueDate(reconnectDay, SETTINGS.graceDays));
      });
      days.push(day);
      console.log(`${reconnectDay}: ${day.total_s.toFixed(2)} s, ${day.messages} messages queued`);
    }

    printTable(days);
    const last = days.find((d) => d.date === pastGrace)!;
    const suspended = last.summary.suspensions?.suspended ?? 0;
    const stepS = last.steps.suspensions ?? 0;
    const reconnectLast = days.at(-1)!;
    const reconnected = { reconnect: reconnectLast.summary.reconnections?.reconnect ?? 0, resumed: reconnectLast.summary.reconnections?.resumed ?? 0, fees: reconnectLast.summary.reconnections?.fees ?? 0 };
    const reconnectS = reconnectLast.steps.reconnections ?? 0;
    console.log(
      `\nmachine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`,
      `\npayments: ${payments.n.toLocaleString()} posted set-based in ${payments.seconds.toFixed(2)} s (not through postPayment, which would post them one by one)`,
      `\nsuspension day ${pastGrace}: ${suspended.toLocaleString()} lines suspended in ${stepS.toFixed(2)} s; bare UPDATE of ${suspensionFloor.rows.toLocaleString()} lines (rolled back) ${suspensionFloor.seconds.toFixed(2)} s; ratio ${(stepS / Math.max(suspensionFloor.seconds, 1e-3)).toFixed(1)}x`,
      `\nreconnection day ${reconnectDay}: ${reconnectionPay.customers.toLocaleString()} suspended customers paid; ${reconnected.reconnect.toLocaleString()} lines marked for reconnection (fee, job, message) and ${reconnected.resumed.toLocaleString()} resumed before the cut in ${reconnectS.toFixed(2)} s; bare UPDATE of ${reconnectionFloor.rows.toLocaleString()} lines (rolled back) ${reconnectionFloor.seconds.toFixed(2)} s; ratio ${(reconnectS / Math.max(reconnectionFloor.seconds, 1e-3)).toFixed(1)}x`,
    );
    console.log(
      JSON.stringify({
        bench: "daily",
        subscriptions: active,
        stats: STALE_STATS ? "stale" : "analyzed between days",
        payments: payments.n,
        days: days.map((d) => ({ date: d.date, total_s: d.total_s, steps: d.steps, messages: d.messages })),
        suspension_day: { date: pastGrace, suspended, step_s: stepS, bare_update_s: round(suspensionFloor.seconds), bare_rows: suspensionFloor.rows },
        reconnection_day: {
          date: reconnectDay,
          paid: reconnectionPay.customers,
          cut_before: reconnectionPay.cut,
          reconnect: reconnected.reconnect,
          resumed: reconnected.resumed,
          fees: reconnected.fees,
          step_s: reconnectS,
          bare_update_s: round(reconnectionFloor.seconds),
          bare_rows: reconnectionFloor.rows,
        },
      }),
    );
  } finally {
    await conn?.close();
    if (!stopping) await database.drop();
  }
}

await main();
