import {
  claimBackgroundJob,
  failBackgroundJobRow,
  failExpiredBackgroundJobs,
  finishBackgroundJobRow,
  insertBackgroundJob,
  pruneBackgroundJobFiles,
  recordBackgroundProgress,
  type BackgroundJobRow,
} from "@/db/queries/background-jobs";
import type { BackgroundJobKind } from "@/db/schema";
import type { Database, Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { UserFacingError } from "@/lib/errors";

/**
 * The life of a background job (background_jobs): queued by a request in its
 * own transaction, claimed by one runner, advanced with progress that renews
 * its lease, then done (with a result and maybe a file) or failed (with a
 * sentence). A job whose runner dies is failed once its lease runs out, and
 * the page offers to start it again.
 */

/** A runner that has said nothing for this long is gone (progress is reported at least every few seconds). */
export const JOB_LEASE_SECONDS = 120;

/** How long a finished job's file stays downloadable. */
export const FILES_KEPT_HOURS = 7 * 24;

/** How often, at most, progress is written: the page polls about once a second. */
const PROGRESS_EVERY_MS = 500;

export const JOB_INTERRUPTED = "This job stopped before it finished (the server restarted or lost its database). Start it again.";
export const JOB_FAILED = "This job stopped with an error and nothing of it was kept. Try again; if it fails again, tell your administrator.";

export type JobOutcome = { result: Record<string, unknown>; file?: Buffer; fileName?: string };

/** Reports progress: `done` of `total` (total may change once the work knows its size). */
export type Progress = (done: number, total?: number) => Promise<void>;

/** The work of one kind of job, given its row, the database and a progress reporter. */
export type JobWork = (args: { db: Database; tenantId: string; job: BackgroundJobRow; progress: Progress }) => Promise<JobOutcome>;

/** Fails the tenant's jobs whose runner is gone, so they no longer count as being prepared. */
export async function failInterruptedJobs(tx: Tx): Promise<number> {
  return failExpiredBackgroundJobs(tx, JOB_INTERRUPTED);
}

/** In the request's transaction: records the job (the runner is told after commit). */
export async function queueBackgroundJob(
  tx: Tx,
  tenantId: string,
  job: { kind: BackgroundJobKind; subjectId?: string | null; input?: Record<string, unknown>; total?: number; userId: string | null },
): Promise<BackgroundJobRow> {
  await failInterruptedJobs(tx);
  // Finished files are kept a week (a collector re-downloads the batch), then dropped; the rows stay as the record.
  await pruneBackgroundJobFiles(tx, { olderThanHours: FILES_KEPT_HOURS });
  return insertBackgroundJob(tx, {
    tenantId,
    kind: job.kind,
    subjectId: job.subjectId ?? null,
    input: job.input ?? {},
    total: job.total ?? 0,
    createdBy: job.userId,
    leaseSeconds: JOB_LEASE_SECONDS,
  });
}

/** Whether a job still needs nobody to start it again: queued or running and heard from. */
export function jobIsActive(job: Pick<BackgroundJobRow, "status">): boolean {
  return job.status === "queued" || job.status === "running";
}

/**
 * Runs a queued job to its end. Only one runner claims a job, so a
 * redelivered event does nothing twice. Never throws for the work's own
 * errors: they end the job as failed, with a sentence for the user.
 * Returns the job's final status, or null when another runner has it.
 */
export async function runBackgroundJob(db: Database, tenantId: string, jobId: string, work: JobWork): Promise<"done" | "failed" | null> {
  const job = await withTenantOn(db, tenantId, (tx) => claimBackgroundJob(tx, { id: jobId, leaseSeconds: JOB_LEASE_SECONDS }));
  if (!job) return null;
  let last = 0;
  const progress: Progress = async (done, total) => {
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS && total === undefined) return;
    last = now;
    await withTenantOn(db, tenantId, (tx) => recordBackgroundProgress(tx, { id: jobId, done, total, leaseSeconds: JOB_LEASE_SECONDS }));
  };
  try {
    const outcome = await work({ db, tenantId, job, progress });
    await withTenantOn(db, tenantId, (tx) => finishBackgroundJobRow(tx, { id: jobId, result: outcome.result, file: outcome.file, fileName: outcome.fileName }));
    return "done";
  } catch (error) {
    if (!(error instanceof UserFacingError)) console.error(`[background job ${job.kind}]`, error);
    const message = error instanceof UserFacingError ? error.message : JOB_FAILED;
    await withTenantOn(db, tenantId, (tx) => failBackgroundJobRow(tx, { id: jobId, error: message })).catch((e: unknown) => {
      // The lease runs out and the job is failed then: nothing is lost by not saying it now.
      console.error("[background job] could not record the failure", e);
    });
    return "failed";
  }
}

/** Gives the event loop a turn, so requests are answered between pieces of CPU-heavy work. */
export function yieldToRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
