import type { BackgroundJobKind } from "@/db/schema";
import { billingRunWork } from "@/lib/billing/background-run";
import { customerImportWork } from "@/lib/customers/import/background";
import { invoiceBatchPdfWork, type RenderInvoicesPdf } from "./invoice-batch-pdf";
import type { JobWork } from "./jobs";

/** What each kind of job does, given what the domain cannot import itself (the PDF layout is a screen). */
export function backgroundWork(deps: { renderInvoicesPdf: RenderInvoicesPdf }): Record<BackgroundJobKind, JobWork> {
  return {
    invoice_batch_pdf: invoiceBatchPdfWork(deps.renderInvoicesPdf),
    customer_import: customerImportWork,
    billing_run: billingRunWork,
  };
}
