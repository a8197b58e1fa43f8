import { latestBackgroundJob, type BackgroundJobRow } from "@/db/queries/background-jobs";
import { getBillingRun } from "@/db/queries/invoices";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { failInterruptedJobs, jobIsActive, queueBackgroundJob } from "@/lib/background/jobs";
import { NotFoundError } from "@/lib/errors";

type RequestContext = { tx: Tx; user: { id: string }; audit: (entry: AuditEntry) => Promise<void> };

/**
 * "Prepare batch PDF" on a run's page: queues the rendering of every invoice
 * of the run, or returns the one already being prepared (two clicks, or two
 * collectors, render it once). Returns the job and whether it is new (only a
 * new one needs a runner).
 */
export async function requestRunBatchPdf(ctx: RequestContext, tenantId: string, runId: string): Promise<{ job: BackgroundJobRow; queued: boolean }> {
  const run = await getBillingRun(ctx.tx, { id: runId });
  if (!run || run.invoiceCount === 0) throw new NotFoundError("That billing run");
  await failInterruptedJobs(ctx.tx);
  const current = await latestBackgroundJob(ctx.tx, { kind: "invoice_batch_pdf", subjectId: runId });
  if (current && jobIsActive(current)) return { job: current, queued: false };
  const job = await queueBackgroundJob(ctx.tx, tenantId, { kind: "invoice_batch_pdf", subjectId: runId, total: run.invoiceCount, userId: ctx.user.id });
  await ctx.audit({ action: "billing_run.batch_pdf", entityType: "billing_run", entityId: runId, after: { runDate: run.runDate, invoices: run.invoiceCount } });
  return { job, queued: true };
}
