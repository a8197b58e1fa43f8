import { and, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { backgroundJobs, type BackgroundJobKind, type BackgroundJobStatus } from "../schema";
import type { Tx } from "../types";

// No "server-only": scripts and tests run jobs through these too.

export type BackgroundJobRow = {
  id: string;
  kind: BackgroundJobKind;
  subjectId: string | null;
  status: BackgroundJobStatus;
  input: Record<string, unknown>;
  done: number;
  total: number;
  result: Record<string, unknown> | null;
  error: string | null;
  fileName: string | null;
  hasFile: boolean;
  createdBy: string | null;
  createdAt: Date;
  finishedAt: Date | null;
};

const columns = {
  id: backgroundJobs.id,
  kind: backgroundJobs.kind,
  subjectId: backgroundJobs.subjectId,
  status: backgroundJobs.status,
  input: backgroundJobs.input,
  done: backgroundJobs.done,
  total: backgroundJobs.total,
  result: backgroundJobs.result,
  error: backgroundJobs.error,
  fileName: backgroundJobs.fileName,
  hasFile: sql<boolean>`${backgroundJobs.file} is not null`,
  createdBy: backgroundJobs.createdBy,
  createdAt: backgroundJobs.createdAt,
  finishedAt: backgroundJobs.finishedAt,
};

/** A queued or running job whose lease ran out: the process that held it is gone. */
const leaseExpired = sql`(${backgroundJobs.status} in ('queued', 'running') and ${backgroundJobs.leaseUntil} < now())`;

export async function insertBackgroundJob(
  tx: Tx,
  row: { tenantId: string; kind: BackgroundJobKind; subjectId: string | null; input: Record<string, unknown>; total: number; createdBy: string | null; leaseSeconds: number },
): Promise<BackgroundJobRow> {
  const [inserted] = await tx
    .insert(backgroundJobs)
    .values({ ...row, leaseUntil: sql`now() + make_interval(secs => ${row.leaseSeconds})` })
    .returning(columns);
  return inserted!;
}

export async function getBackgroundJob(tx: Tx, id: string): Promise<BackgroundJobRow | null> {
  const [row] = await tx.select(columns).from(backgroundJobs).where(eq(backgroundJobs.id, id));
  return row ?? null;
}

/** The newest job of a kind about a subject (a run's batch PDF), or of a kind started by a user when subject is null. */
export async function latestBackgroundJob(tx: Tx, { kind, subjectId }: { kind: BackgroundJobKind; subjectId: string | null }): Promise<BackgroundJobRow | null> {
  const [row] = await tx
    .select(columns)
    .from(backgroundJobs)
    .where(and(eq(backgroundJobs.kind, kind), subjectId === null ? isNull(backgroundJobs.subjectId) : eq(backgroundJobs.subjectId, subjectId)))
    .orderBy(desc(backgroundJobs.createdAt))
    .limit(1);
  return row ?? null;
}

/** Marks the tenant's jobs whose process is gone as failed; returns how many. */
export async function failExpiredBackgroundJobs(tx: Tx, error: string): Promise<number> {
  const rows = await tx
    .update(backgroundJobs)
    .set({ status: "failed", error, finishedAt: sql`now()`, leaseUntil: null })
    .where(leaseExpired)
    .returning({ id: backgroundJobs.id });
  return rows.length;
}

/**
 * Takes a queued job for this runner: only one runner gets it (a redelivered
 * event or a second process finds it running and leaves it). A job whose
 * runner died (lease expired) may be taken again.
 */
export async function claimBackgroundJob(tx: Tx, { id, leaseSeconds }: { id: string; leaseSeconds: number }): Promise<BackgroundJobRow | null> {
  const [row] = await tx
    .update(backgroundJobs)
    .set({ status: "running", startedAt: sql`coalesce(${backgroundJobs.startedAt}, now())`, leaseUntil: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where(and(eq(backgroundJobs.id, id), or(eq(backgroundJobs.status, "queued"), and(eq(backgroundJobs.status, "running"), lt(backgroundJobs.leaseUntil, sql`now()`)))))
    .returning(columns);
  return row ?? null;
}

/** Progress, which also renews the lease: a job that reports is alive. */
export async function recordBackgroundProgress(tx: Tx, { id, done, total, leaseSeconds }: { id: string; done: number; total?: number; leaseSeconds: number }): Promise<void> {
  await tx
    .update(backgroundJobs)
    .set({ done, ...(total === undefined ? {} : { total }), leaseUntil: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where(and(eq(backgroundJobs.id, id), eq(backgroundJobs.status, "running")));
}

export async function finishBackgroundJobRow(
  tx: Tx,
  { id, result, file, fileName }: { id: string; result: Record<string, unknown>; file?: Buffer | null; fileName?: string | null },
): Promise<void> {
  await tx
    .update(backgroundJobs)
    .set({
      status: "done",
      result,
      file: file ?? null,
      fileName: fileName ?? null,
      done: sql`greatest(${backgroundJobs.done}, ${backgroundJobs.total})`,
      finishedAt: sql`now()`,
      leaseUntil: null,
    })
    .where(and(eq(backgroundJobs.id, id), eq(backgroundJobs.status, "running")));
}

export async function failBackgroundJobRow(tx: Tx, { id, error }: { id: string; error: string }): Promise<void> {
  await tx
    .update(backgroundJobs)
    .set({ status: "failed", error, finishedAt: sql`now()`, leaseUntil: null })
    .where(and(eq(backgroundJobs.id, id), inArray(backgroundJobs.status, ["queued", "running"])));
}

/** The finished file of a done job, for its download. */
export async function backgroundJobFile(tx: Tx, id: string): Promise<{ kind: BackgroundJobKind; file: Buffer; fileName: string } | null> {
  const [row] = await tx
    .select({ kind: backgroundJobs.kind, file: backgroundJobs.file, fileName: backgroundJobs.fileName })
    .from(backgroundJobs)
    .where(and(eq(backgroundJobs.id, id), eq(backgroundJobs.status, "done")));
  if (!row?.file || !row.fileName) return null;
  return { kind: row.kind, file: row.file, fileName: row.fileName };
}

/** Drops the files of jobs finished before the cut-off (the rows stay as the record); returns how many. */
export async function pruneBackgroundJobFiles(tx: Tx, { olderThanHours }: { olderThanHours: number }): Promise<number> {
  const rows = await tx
    .update(backgroundJobs)
    .set({ file: null })
    .where(and(sql`${backgroundJobs.file} is not null`, lt(backgroundJobs.finishedAt, sql`now() - make_interval(hours => ${olderThanHours})`)))
    .returning({ id: backgroundJobs.id });
  return rows.length;
}
