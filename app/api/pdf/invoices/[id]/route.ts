import { z } from "zod";
import { renderInvoicesPdf } from "@/components/pdf/render";
import { getConnection } from "@/db/client";
import { withTenantOn } from "@/db/with-tenant";
import { invoiceBills } from "@/lib/billing/bill-documents";
import { authorizeDownload, downloading, pdfResponse } from "@/lib/pdf-response";

/** GET /api/pdf/invoices/<id> on a tenant subdomain: the invoice as PDF: inline (to view and print), or as a file with ?download=1. */
export async function GET(request: Request, { params }: RouteContext<"/api/pdf/invoices/[id]">) {
  const auth = await authorizeDownload("billing.view");
  if ("error" in auth) return auth.error;
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return new Response("Invoice not found.", { status: 404 });
  const { app } = await getConnection();
  const { seller, payTo, documents } = await withTenantOn(app, auth.session.tenant.id, (tx) => invoiceBills(tx, auth.session.tenant.id, { ids: [id] }));
  if (documents.length === 0) return new Response("Invoice not found.", { status: 404 });
  return pdfResponse(await renderInvoicesPdf(seller, payTo, documents), `${documents[0]!.number}.pdf`, !downloading(request));
}
