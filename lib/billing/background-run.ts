import { z } from "zod";
import { latestBackgroundJob, type BackgroundJobRow } from "@/db/queries/background-jobs";
import type { Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { recordAudit } from "@/lib/audit/record";
import { failInterruptedJobs, jobIsActive, queueBackgroundJob, type JobWork } from "@/lib/background/jobs";
import { runBillingAndNotify } from "@/lib/collections/billing-step";
import { env } from "@/lib/env";
import { UserFacingError } from "@/lib/errors";
import { EVENTS } from "@/lib/events/names";
import { publish } from "@/lib/events/publish";
import { NOTHING_TO_INVOICE } from "@/lib/validations/billing-run";

/**
 * Tenants with more activated subscriptions than this run billing in the
 * background with a progress bar: composing and writing a few thousand
 * invoices and their messages is past the two seconds a request may take on
 * a busy small server. BACKGROUND_RUN_SUBSCRIPTIONS in the environment (default 2,000).
 */
export function backgroundRunThreshold(): number {
  return env.BACKGROUND_RUN_SUBSCRIPTIONS;
}

const runJobInput = z.object({ runDate: z.iso.date(), ip: z.string().nullable(), userAgent: z.string().nullable() });
export type RunJobInput = z.infer<typeof runJobInput>;

/**
 * In the confirm action's transaction: records the run for the background
 * runner, or returns the one already queued or running (a second press, or a
 * second cashier, creates nothing twice; the run itself is exactly-once too).
 */
export async function queueBillingRun(tx: Tx, tenantId: string, userId: string, input: RunJobInput, subscriptions: number): Promise<{ job: BackgroundJobRow; queued: boolean }> {
  await failInterruptedJobs(tx);
  const current = await latestBackgroundJob(tx, { kind: "billing_run", subjectId: null });
  if (current && jobIsActive(current)) return { job: current, queued: false };
  return { job: await queueBackgroundJob(tx, tenantId, { kind: "billing_run", input, total: subscriptions, userId }), queued: true };
}

/**
 * The same run the confirm button makes in a request (invoices, credits,
 * "new invoice" messages, one audit row, in one transaction), with progress
 * as invoices are written; then the messages are handed to the sender.
 */
export const billingRunWork: JobWork = async ({ db, tenantId, job, progress }) => {
  const parsed = runJobInput.safeParse(job.input);
  if (!parsed.success) throw new UserFacingError("This billing run's date could not be read back. Preview the run again.");
  const { runDate, ip, userAgent } = parsed.data;
  const actor = { tenantId, userId: job.createdBy, ip, userAgent };
  const result = await withTenantOn(db, tenantId, (tx) =>
    runBillingAndNotify(
      {
        tx,
        audit: (entry) => recordAudit(tx, actor, entry),
        userId: job.createdBy,
        // Not awaited: written through another connection while this transaction is open.
        onProgress: (written, total) => void progress(written, total).catch(() => {}),
      },
      tenantId,
      runDate,
    ),
  );
  if (!result.runId) throw new UserFacingError(NOTHING_TO_INVOICE);
  await publish(db, { name: EVENTS.outboxFlush, data: { tenantId } });
  return { result: { runId: result.runId, invoices: result.invoices.length, total: result.total, redirectTo: `/billing/runs/${result.runId}` } };
};
