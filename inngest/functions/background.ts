import { getBackgroundJob } from "@/db/queries/background-jobs";
import { withTenantOn } from "@/db/with-tenant";
import { backgroundWork } from "@/lib/background/work";
import { runBackgroundJob } from "@/lib/background/jobs";
import { EVENTS, type BackgroundJobData } from "@/lib/events/names";
import { inngest } from "../client";
import type { FunctionDeps } from "../deps";

/**
 * Long work a request queued (a run's batch PDF): one step runs it with its
 * progress rows. A retried step finds the job claimed and leaves it; if the
 * process running it died, the job is taken again once its lease ran out.
 * One job per tenant at a time, so one ISP's batch cannot hold up others'.
 */
export function runBackgroundJobFunction(deps: FunctionDeps) {
  return inngest.createFunction(
    { id: "run-background-job", triggers: [{ event: EVENTS.backgroundJob }], concurrency: { key: "event.data.tenantId", limit: 1 } },
    async ({ event, step }) => {
      const { tenantId, jobId } = event.data as BackgroundJobData;
      return step.run("run", async () => {
        const db = await deps.db();
        const job = await withTenantOn(db, tenantId, (tx) => getBackgroundJob(tx, jobId));
        if (!job) return { status: "not found" };
        const status = await runBackgroundJob(db, tenantId, jobId, backgroundWork(deps)[job.kind]);
        return { status: status ?? "already taken" };
      });
    },
  );
}
