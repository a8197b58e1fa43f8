import type { Database } from "@/db/types";
import { EVENTS } from "@/lib/events/names";
import { registeredEventSender } from "@/lib/events/publish";
import { enqueueInProcess } from "./in-process-queue";
import { runBackgroundJob, type JobWork } from "./jobs";

/**
 * After the request that queued a job committed: hands the job to the job
 * runner (an Inngest step) when one is configured, or to this process's
 * queue otherwise. Returns at once either way.
 */
export async function dispatchBackgroundJob(db: Database, job: { tenantId: string; jobId: string }, work: JobWork): Promise<void> {
  const sender = registeredEventSender();
  if (sender) {
    await sender({ name: EVENTS.backgroundJob, data: job });
    return;
  }
  enqueueInProcess(() => runBackgroundJob(db, job.tenantId, job.jobId, work));
}
