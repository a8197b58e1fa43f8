import { renderInvoicesPdf, renderReceiptPdf } from "@/components/pdf/render";
import { getConnection } from "@/db/client";
import { getPayment } from "@/db/queries/payments";
import { sellerDetails } from "@/db/queries/seller";
import { withTenantOn } from "@/db/with-tenant";
import { getRequestTenant } from "@/lib/auth/current";
import { invoiceBills } from "@/lib/billing/bill-documents";
import { openSharedDocument } from "@/lib/documents/shared";
import { env } from "@/lib/env";
import { downloading, pdfResponse } from "@/lib/pdf-response";

const gone = (message: string, status: number) => new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * GET /d/<token>/pdf on a tenant's subdomain: the document of a sent link, for the customer, without an
 * account. The link's page (/d/<token>) explains a link that does not open; this answers plainly.
 */
export async function GET(request: Request, { params }: RouteContext<"/t/[tenant]/d/[token]/pdf">) {
  const { tenant: slug, token } = await params;
  const tenant = await getRequestTenant();
  if (!tenant || tenant.slug !== slug) return gone("Not found.", 404);
  const { app } = await getConnection();
  const doc = await openSharedDocument(app, tenant.id, token, env.AUTH_SECRET);
  if (!doc.ok) return gone(doc.reason === "expired" ? "This link has expired. Ask for the document to be sent again." : "This link is not valid.", doc.reason === "expired" ? 410 : 404);
  const inline = !downloading(request);
  if (doc.kind === "invoice") {
    const { seller, payTo, documents } = await withTenantOn(app, tenant.id, (tx) => invoiceBills(tx, tenant.id, { ids: [doc.id] }));
    if (documents.length === 0) return gone("This link is not valid.", 404);
    return pdfResponse(await renderInvoicesPdf(seller, payTo, documents), `${documents[0]!.number}.pdf`, inline);
  }
  const data = await withTenantOn(app, tenant.id, async (tx) => ({ receipt: await getPayment(tx, { id: doc.id }), seller: await sellerDetails(tx) }));
  if (!data.receipt) return gone("This link is not valid.", 404);
  return pdfResponse(await renderReceiptPdf({ seller: data.seller, receipt: data.receipt }), `${data.receipt.receiptNumber}.pdf`, inline);
}
