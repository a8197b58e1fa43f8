import { eq, sql } from "drizzle-orm";
import { dayStepCount } from "@/db/queries/job-runs";
import { rowsOf } from "@/db/rows";
import { users } from "@/db/schema";
import type { Tx } from "@/db/types";
import { formatCalendarDate } from "@/lib/time/format";
import { queueMessages } from "@/lib/notify/queue";
import type { StepCtx } from "./step-context";

export type DailyCounts = { invoices: number; overdue: number; lateFees: number; reminders: number; suspended: number; reconnect: number };

/**
 * What the day did, from the day's data rather than one run's counters, so a
 * run that finishes a day an interrupted run began still reports the whole
 * day: the invoices of the date's billing runs, the invoices marked overdue
 * on it, the late fees charged on it; reminders, suspensions and
 * reconnections leave no dated mark of their own, so those come from the
 * date's run records, where each step's counts commit with its work.
 */
export async function dayTotals(tx: Tx, date: string): Promise<DailyCounts> {
  const [row] = rowsOf<{ invoices: number | string; overdue: number | string; late_fees: number | string }>(
    await tx.execute(sql`select
      (select count(*) from invoices i join billing_runs r on r.tenant_id = i.tenant_id and r.id = i.billing_run_id where r.run_date = ${date}::date) as invoices,
      (select count(*) from invoices where overdue_on = ${date}::date) as overdue,
      (select count(*) from adjustments where category = 'late_fee' and effective_on = ${date}::date) as late_fees`),
  );
  return {
    invoices: Number(row?.invoices ?? 0),
    overdue: Number(row?.overdue ?? 0),
    lateFees: Number(row?.late_fees ?? 0),
    reminders: await dayStepCount(tx, { runDate: date, step: "reminders", count: "reminders" }),
    suspended: await dayStepCount(tx, { runDate: date, step: "suspensions", count: "suspended" }),
    reconnect: await dayStepCount(tx, { runDate: date, step: "reconnections", count: "reconnect" }),
  };
}

/** The owner's morning message: what the day's runs did (email; once per date). */
export async function queueDailySummary(ctx: StepCtx, counts: DailyCounts): Promise<{ messages: number }> {
  const owners = await ctx.tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.isTenantOwner, true));
  const messages = await queueMessages(
    ctx.tx,
    ctx.tenantId,
    ctx.notify,
    owners.map((o) => ({
      key: "daily_summary" as const,
      to: { email: o.email },
      vars: {
        date: formatCalendarDate(ctx.today),
        invoices: counts.invoices,
        overdue: counts.overdue,
        late_fees: counts.lateFees,
        reminders: counts.reminders,
        suspended: counts.suspended,
        reconnect: counts.reconnect,
      },
      dedupeKey: `daily_summary:${ctx.today}:${o.id}`,
    })),
  );
  return { messages };
}
