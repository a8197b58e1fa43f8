import { z } from "zod";
import { renderInvoicesPdf } from "@/components/pdf/render";
import { getConnection } from "@/db/client";
import { withTenantOn } from "@/db/with-tenant";
import { invoiceBills } from "@/lib/billing/bill-documents";
import { authorizeDownload, pdfResponse } from "@/lib/pdf-response";

/**
 * A run's batch takes about 10 s per 1,000 invoices on 2 cores (BENCHMARKS.md, "Batch invoice PDF"):
 * more than the 10-15 s some hosts give a function by default, so allow two minutes.
 */
export const maxDuration = 120;

/** GET /api/pdf/billing-runs/<id>: every invoice of a billing run in one PDF, for collectors who deliver paper bills. */
export async function GET(_request: Request, { params }: RouteContext<"/api/pdf/billing-runs/[id]">) {
  const auth = await authorizeDownload("billing.view");
  if ("error" in auth) return auth.error;
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return new Response("Billing run not found.", { status: 404 });
  const { app } = await getConnection();
  const { seller, payTo, documents } = await withTenantOn(app, auth.session.tenant.id, (tx) => invoiceBills(tx, auth.session.tenant.id, { billingRunId: id }));
  if (documents.length === 0) return new Response("Billing run not found.", { status: 404 });
  const first = documents[0]!.number;
  const last = documents[documents.length - 1]!.number;
  return pdfResponse(await renderInvoicesPdf(seller, payTo, documents), `invoices-${first}-to-${last}.pdf`, false);
}
