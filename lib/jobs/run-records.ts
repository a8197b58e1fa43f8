import { randomUUID } from "node:crypto";
import { failInterruptedRuns, failRunningJobRuns, finishJobRunRow, insertJobRun, recordJobStep, renewJobLease } from "@/db/queries/job-runs";
import type { Database, Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import type { IsoDate } from "@/lib/billing/dates";

/**
 * The record of each run of the daily job (job_runs) and its lease. A run
 * holds a lease it renews at every step and on a heartbeat between steps; a
 * run still marked running whose lease ran out is taken as interrupted (the
 * process running it died, was killed or lost its database), shown so in
 * Settings > Schedule and marked failed when the tenant's next run starts.
 */
export type JobTrigger = "schedule" | "user" | "cli" | "seed";
export type StepCounts = Record<string, number>;
export type RunSummary = Record<string, StepCounts>;

/** How often a process running the pipeline says it is alive. */
export const HEARTBEAT_MS = 30_000;

/**
 * How long a run may go unheard before it counts as interrupted. A process
 * running the steps itself beats every 30 s, so 5 minutes means it is gone.
 * A scheduled run lives in Inngest, which may wait minutes between the
 * retries of a step: an hour, and Inngest's failure handler marks it failed
 * as soon as Inngest gives up.
 */
export function leaseSecondsFor(trigger: JobTrigger): number {
  return trigger === "schedule" ? 60 * 60 : 5 * 60;
}

/**
 * Starts the record of a run; the tenant's runs whose process is gone are
 * marked failed first. `id` is chosen by the caller, so a start retried after
 * a lost connection records one run, not two.
 */
export async function startJobRun(db: Database, tenantId: string, date: IsoDate, trigger: JobTrigger, userId: string | null, id: string = randomUUID()): Promise<string> {
  await withTenantOn(db, tenantId, async (tx) => {
    await failInterruptedRuns(tx);
    await insertJobRun(tx, { id, tenantId, runDate: date, trigger, startedBy: userId, leaseSeconds: leaseSecondsFor(trigger) });
  });
  return id;
}

/** In a step's transaction: what it did, committed with its work. */
export async function recordStep(tx: Tx, runId: string, trigger: JobTrigger, entries: RunSummary): Promise<void> {
  await recordJobStep(tx, { runId, entries, leaseSeconds: leaseSecondsFor(trigger) });
}

/**
 * Renews the run's lease every HEARTBEAT_MS until stopped. A failed beat is
 * logged, not thrown: the steps report their own errors, and a run that
 * cannot reach its database for a whole lease is rightly seen as stopped.
 */
export function startHeartbeat(db: Database, tenantId: string, runId: string, trigger: JobTrigger): () => void {
  const timer = setInterval(() => {
    withTenantOn(db, tenantId, (tx) => renewJobLease(tx, { runId, leaseSeconds: leaseSecondsFor(trigger) })).catch((error: unknown) => {
      console.error("[daily job] heartbeat failed", error);
    });
  }, HEARTBEAT_MS);
  // The heartbeat alone never keeps a finished command-line run alive.
  timer.unref?.();
  return () => clearInterval(timer);
}

export async function finishJobRun(db: Database, tenantId: string, runId: string, summary: RunSummary, error?: string): Promise<void> {
  await withTenantOn(db, tenantId, (tx) => finishJobRunRow(tx, { runId, summary, error: error ?? null }));
}

/** When Inngest gives up on a scheduled day, its run record says so instead of staying "running". */
export async function failRunningJobs(db: Database, tenantId: string, date: IsoDate, error: string): Promise<void> {
  await withTenantOn(db, tenantId, (tx) => failRunningJobRuns(tx, { runDate: date, trigger: "schedule", error }));
}
