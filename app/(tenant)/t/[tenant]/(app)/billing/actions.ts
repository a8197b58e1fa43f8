"use server";

import { createAdjustment } from "@/lib/billing/adjustments";
import { addDays } from "@/lib/billing/dates";
import { voidInvoice } from "@/lib/billing/invoice-void";
import { runBillingAndNotify } from "@/lib/collections/billing-step";
import { backgroundRunThreshold, billingRunWork, queueBillingRun } from "@/lib/billing/background-run";
import { countBillableSubscriptions } from "@/db/queries/billing-run";
import { tenantAction } from "@/lib/actions/tenant-action";
import { EVENTS } from "@/lib/events/names";
import { publish } from "@/lib/events/publish";
import { sendInvoice, type SentDocument } from "@/lib/documents/send";
import { env } from "@/lib/env";
import { UserFacingError } from "@/lib/errors";
import { formatPesos } from "@/lib/money";
import { tenantDate } from "@/lib/time/format";
import { batchPdfSchema, sendInvoiceSchema } from "@/lib/validations/documents";
import { renderInvoicesPdf } from "@/components/pdf/render";
import { dispatchBackgroundJob } from "@/lib/background/dispatch";
import { invoiceBatchPdfWork } from "@/lib/background/invoice-batch-pdf";
import { jobView, type JobView } from "@/lib/background/view";
import { requestRunBatchPdf } from "@/lib/documents/batch-pdf";
import { adjustmentSchema, billingRunSchema, MAX_RUN_DAYS_AHEAD, NOTHING_TO_INVOICE, voidInvoiceSchema } from "@/lib/validations/billing-run";

type RunAnswer = { redirectTo: string } | { job: JobView; queued: boolean };

/**
 * Creates the invoices a run on the date would create (the preview's),
 * exactly once. A tenant with more than backgroundRunThreshold()
 * activated subscriptions gets the run in the background: the page follows
 * its progress and then opens the run.
 */
export const runBillingAction = tenantAction(
  {
    schema: billingRunSchema,
    permission: "billing.run",
    idempotent: "billing.run",
    afterCommit: async (answer: RunAnswer, { db, tenantId }) => {
      if ("job" in answer) {
        if (answer.queued) await dispatchBackgroundJob(db, { tenantId, jobId: answer.job.id }, billingRunWork);
        return;
      }
      // The run queued a "new invoice" message per invoice: deliver them.
      await publish(db, { name: EVENTS.outboxFlush, data: { tenantId } });
    },
  },
  async (ctx, { runDate }): Promise<RunAnswer> => {
  const today = tenantDate(new Date(), ctx.timeZone);
  if (runDate > addDays(today, MAX_RUN_DAYS_AHEAD)) {
    const message = `Pick a date at most ${MAX_RUN_DAYS_AHEAD} days from today.`;
    throw new UserFacingError(message, { runDate: [message] });
  }
  const subscriptions = await countBillableSubscriptions(ctx.tx);
  if (subscriptions > backgroundRunThreshold()) {
    const { job, queued } = await queueBillingRun(ctx.tx, ctx.tenantId, ctx.user.id, { runDate, ...ctx.client }, subscriptions);
    return { job: jobView(job), queued };
  }
  const result = await runBillingAndNotify({ ...ctx, userId: ctx.user.id }, ctx.tenantId, runDate);
  if (!result.runId) throw new UserFacingError(NOTHING_TO_INVOICE);
  return { redirectTo: `/billing/runs/${result.runId}` };
  },
);

export const voidInvoiceAction = tenantAction({ schema: voidInvoiceSchema, permission: "billing.void", revalidate: ["/billing"], idempotent: "invoice.void" }, async (ctx, { id, reason }) => {
  await voidInvoice({ ...ctx, userId: ctx.user.id }, id, reason);
  // The action's refresh re-renders the invoice as void with its reason; the
  // full navigation is a fallback for when the form is still mounted.
  return { redirectTo: `/billing/invoices/${id}` };
});

/** A one-off charge or credit on a customer's account (placed on the customer page). */
export const createAdjustmentAction = tenantAction({ schema: adjustmentSchema, permission: "billing.run", revalidate: ["/billing"], idempotent: "adjustment.create" }, async (ctx, input) => {
  await createAdjustment({ ...ctx, userId: ctx.user.id }, ctx.tenantId, input);
  const what = input.kind === "charge" ? "Charge" : "Credit";
  return { message: `${what} of ${formatPesos(input.amount)} recorded: "${input.reason}".` };
});

/**
 * Send on the invoice page: one message per channel the customer has (mobile -> SMS, email -> email),
 * with the amount, the due date and a signed link that opens the invoice without an account.
 */
export const sendInvoiceAction = tenantAction(
  {
    schema: sendInvoiceSchema,
    permission: "billing.view",
    revalidate: ["/notifications"],
    afterCommit: (_sent: SentDocument, { db, tenantId }) => publish(db, { name: EVENTS.outboxFlush, data: { tenantId } }),
  },
  async (ctx, { id }) => sendInvoice(ctx, ctx.tenantId, id, { origin: ctx.origin ?? "", secret: env.AUTH_SECRET }),
);

/**
 * "Prepare batch PDF" on a run's page: the rendering (about 10 s per 1,000
 * invoices) runs in the background, and the page shows its progress and then
 * the file. A press while one is being prepared shows that one.
 */
export const prepareBatchPdfAction = tenantAction(
  {
    schema: batchPdfSchema,
    permission: "billing.view",
    afterCommit: async (view: JobView & { queued: boolean }, { db, tenantId }) => {
      if (view.queued) await dispatchBackgroundJob(db, { tenantId, jobId: view.id }, invoiceBatchPdfWork(renderInvoicesPdf));
    },
  },
  async (ctx, { runId }) => {
    const { job, queued } = await requestRunBatchPdf(ctx, ctx.tenantId, runId);
    return { ...jobView(job), queued };
  },
);
