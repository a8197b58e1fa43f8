import { z } from "zod";
import { renderReceiptPdf } from "@/components/pdf/render";
import { getConnection } from "@/db/client";
import { getPayment } from "@/db/queries/payments";
import { sellerDetails } from "@/db/queries/seller";
import { withTenantOn } from "@/db/with-tenant";
import { authorizeDownload, downloading, pdfResponse } from "@/lib/pdf-response";

/** GET /api/pdf/receipts/<paymentId>: the payment receipt as PDF (A5): inline (to view and print), or as a file with ?download=1. */
export async function GET(request: Request, { params }: RouteContext<"/api/pdf/receipts/[id]">) {
  const auth = await authorizeDownload("payments.view");
  if ("error" in auth) return auth.error;
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return new Response("Receipt not found.", { status: 404 });
  const { app } = await getConnection();
  const data = await withTenantOn(app, auth.session.tenant.id, async (tx) => ({ receipt: await getPayment(tx, { id }), seller: await sellerDetails(tx) }));
  if (!data.receipt) return new Response("Receipt not found.", { status: 404 });
  return pdfResponse(await renderReceiptPdf({ seller: data.seller, receipt: data.receipt }), `${data.receipt.receiptNumber}.pdf`, !downloading(request));
}
