import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { jobRuns, users } from "../schema";
import type { Tx } from "../types";

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
};

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
    })
    .from(jobRuns)
    .leftJoin(users, and(eq(users.tenantId, jobRuns.tenantId), eq(users.id, jobRuns.startedBy)))
    .where(eq(jobRuns.job, "daily"))
    .orderBy(desc(jobRuns.startedAt))
    .limit(limit);
}
