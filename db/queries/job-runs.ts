import { and, desc, eq, sql } from "drizzle-orm";
import { rowsOf } from "../rows";
import { jobRuns, users } from "../schema";
import type { Tx } from "../types";

// No "server-only": the command line (`npm run jobs:daily`) records its runs through these too.

export type JobRunRow = {
  id: string;
  runDate: string;
  trigger: "schedule" | "user" | "cli" | "seed";
  status: "running" | "done" | "failed";
  summary: Record<string, Record<string, number>>;
  error: string | null;
  startedBy: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  /** The last sign of life of the process running it. */
  heartbeatAt: Date;
  /** Still marked running, but its lease ran out: the process running it is gone. */
  interrupted: boolean;
};

/**
 * A running run whose lease has run out. Runs from before leases existed
 * (no lease_until) get an hour from their last sign of life.
 */
const leaseExpired = sql`(${jobRuns.status} = 'running' and coalesce(${jobRuns.leaseUntil}, ${jobRuns.heartbeatAt} + interval '1 hour') < now())`;

/** The latest runs of the daily job, newest first, with who started them (none: the schedule or the command line). */
export async function recentJobRuns(tx: Tx, { limit = 20 }: { limit?: number } = {}): Promise<JobRunRow[]> {
  return tx
    .select({
      id: jobRuns.id,
      runDate: jobRuns.runDate,
      trigger: jobRuns.trigger,
      status: jobRuns.status,
      summary: jobRuns.summary,
      error: jobRuns.error,
      startedBy: users.name,
      startedAt: jobRuns.startedAt,
      finishedAt: jobRuns.finishedAt,
      heartbeatAt: jobRuns.heartbeatAt,
      interrupted: sql<boolean>`${leaseExpired}`,
    })
    .from(jobRuns)
    .leftJoin(users, and(eq(users.tenantId, jobRuns.tenantId), eq(users.id, jobRuns.startedBy)))
    .where(eq(jobRuns.job, "daily"))
    .orderBy(desc(jobRuns.startedAt))
    .limit(limit);
}

export const INTERRUPTED = "Interrupted: the process running it stopped before it finished. The steps it completed are kept; the next run for the date does the rest.";

/** Marks the tenant's runs whose process is gone as failed (as of their last sign of life); returns how many. */
export async function failInterruptedRuns(tx: Tx): Promise<number> {
  const rows = await tx
    .update(jobRuns)
    .set({ status: "failed", error: INTERRUPTED, finishedAt: sql`${jobRuns.heartbeatAt}`, leaseUntil: null })
    .where(leaseExpired)
    .returning({ id: jobRuns.id });
  return rows.length;
}

/** Inserts the run with the id its runner chose, so a retried start never leaves a second record. */
export async function insertJobRun(
  tx: Tx,
  run: { id: string; tenantId: string; runDate: string; trigger: JobRunRow["trigger"]; startedBy: string | null; leaseSeconds: number },
): Promise<void> {
  await tx
    .insert(jobRuns)
    .values({ id: run.id, tenantId: run.tenantId, runDate: run.runDate, trigger: run.trigger, startedBy: run.startedBy, leaseUntil: sql`now() + make_interval(secs => ${run.leaseSeconds})` })
    .onConflictDoNothing();
}

/**
 * Adds what a step did to its run's record and renews the lease. Called in
 * the step's own transaction, so the record holds exactly the steps whose
 * work committed, whatever happens to the process afterwards.
 */
export async function recordJobStep(tx: Tx, { runId, entries, leaseSeconds }: { runId: string; entries: Record<string, Record<string, number>>; leaseSeconds: number }): Promise<void> {
  await tx
    .update(jobRuns)
    .set({
      summary: sql`${jobRuns.summary} || ${JSON.stringify(entries)}::jsonb`,
      heartbeatAt: sql`now()`,
      leaseUntil: sql`case when ${jobRuns.status} = 'running' then now() + make_interval(secs => ${leaseSeconds}) end`,
    })
    .where(eq(jobRuns.id, runId));
}

/** The heartbeat of a run still running: its process is alive, whatever its current step takes. */
export async function renewJobLease(tx: Tx, { runId, leaseSeconds }: { runId: string; leaseSeconds: number }): Promise<void> {
  await tx
    .update(jobRuns)
    .set({ heartbeatAt: sql`now()`, leaseUntil: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where(and(eq(jobRuns.id, runId), eq(jobRuns.status, "running")));
}

export async function finishJobRunRow(tx: Tx, { runId, summary, error }: { runId: string; summary: Record<string, Record<string, number>>; error: string | null }): Promise<void> {
  await tx
    .update(jobRuns)
    .set({
      // The steps recorded themselves as they committed; what the caller holds is merged, never lost.
      summary: sql`${jobRuns.summary} || ${JSON.stringify(summary)}::jsonb`,
      status: error ? "failed" : "done",
      error,
      finishedAt: sql`now()`,
      heartbeatAt: sql`now()`,
      leaseUntil: null,
    })
    .where(eq(jobRuns.id, runId));
}

/** Marks the runs of a date still running as failed (when Inngest gives up on a scheduled day). */
export async function failRunningJobRuns(tx: Tx, { runDate, trigger, error }: { runDate: string; trigger: JobRunRow["trigger"]; error: string }): Promise<void> {
  await tx
    .update(jobRuns)
    .set({ status: "failed", error, finishedAt: sql`now()`, leaseUntil: null })
    .where(and(eq(jobRuns.runDate, runDate), eq(jobRuns.status, "running"), eq(jobRuns.trigger, trigger)));
}

/**
 * A count summed over every daily run of a date, from the steps' records:
 * each step's counts committed with its work, so the sum is what the day's
 * runs did together, however often the day was run or interrupted.
 */
export async function dayStepCount(tx: Tx, { runDate, step, count }: { runDate: string; step: string; count: string }): Promise<number> {
  const rows = rowsOf<{ n: number | string | null }>(
    await tx.execute(sql`
      select coalesce(sum((${jobRuns.summary} -> ${step} ->> ${count})::bigint), 0)::bigint as n
      from ${jobRuns} where ${jobRuns.job} = 'daily' and ${jobRuns.runDate} = ${runDate}::date`),
  );
  return Number(rows[0]?.n ?? 0);
}
