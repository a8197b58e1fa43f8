import { PDFDocument } from "@cantoo/pdf-lib";
import type { SellerDetails } from "@/db/queries/seller";
import { withTenantOn } from "@/db/with-tenant";
import { invoiceBills, type InvoiceBill } from "@/lib/billing/bill-documents";
import type { PayTo } from "@/lib/billing/pay-to";
import { UserFacingError } from "@/lib/errors";
import { yieldToRequests, type JobWork } from "./jobs";

/** Renders invoices into one PDF (components/pdf, handed in by the caller: the domain knows no screen). */
export type RenderInvoicesPdf = (seller: SellerDetails | null, payTo: PayTo, bills: InvoiceBill[]) => Promise<Buffer>;

/**
 * Invoices laid out per piece. Layout is CPU work on the server's one
 * JavaScript thread: a piece of 50 takes about half a second, and requests
 * are answered between pieces. Larger pieces embed the font and logo fewer
 * times; smaller ones answer requests sooner.
 */
export const INVOICES_PER_PIECE = 50;

/**
 * The batch PDF of a billing run (every invoice, in number order, one per
 * page) for collectors who deliver paper bills: rendered piece by piece,
 * each piece's pages appended to one document, progress after each piece.
 */
export function invoiceBatchPdfWork(render: RenderInvoicesPdf, { perPiece = INVOICES_PER_PIECE }: { perPiece?: number } = {}): JobWork {
  return async ({ db, tenantId, job, progress }) => {
    const runId = job.subjectId;
    if (!runId) throw new UserFacingError("This batch PDF has no billing run.");
    // Every invoice of the run with its bill (previous balance, payments since, how to pay): one query set for the run.
    const { seller, payTo, documents } = await withTenantOn(db, tenantId, (tx) => invoiceBills(tx, tenantId, { billingRunId: runId }));
    if (documents.length === 0) throw new UserFacingError("This billing run has no invoices to print.");
    await progress(0, documents.length);
    const merged = await PDFDocument.create();
    merged.setTitle(`Invoices ${documents[0]!.number} to ${documents[documents.length - 1]!.number}`);
    merged.setProducer("FiberBill");
    for (let start = 0; start < documents.length; start += perPiece) {
      const piece = await PDFDocument.load(await render(seller, payTo, documents.slice(start, start + perPiece)));
      for (const page of await merged.copyPages(piece, piece.getPageIndices())) merged.addPage(page);
      await progress(Math.min(start + perPiece, documents.length));
      await yieldToRequests();
    }
    const file = Buffer.from(await merged.save());
    const first = documents[0]!.number;
    const last = documents[documents.length - 1]!.number;
    return { result: { invoices: documents.length, pages: merged.getPageCount() }, file, fileName: `invoices-${first}-to-${last}.pdf` };
  };
}
