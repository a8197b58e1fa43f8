import { z } from "zod";
import { renderStatementPdf } from "@/components/pdf/render";
import { getConnection } from "@/db/client";
import { getCustomer } from "@/db/queries/customers";
import { sellerDetails } from "@/db/queries/seller";
import { statementSources } from "@/db/queries/statements";
import { withTenantOn } from "@/db/with-tenant";
import { buildLedger } from "@/lib/billing/ledger";
import { authorizeDownload, pdfResponse } from "@/lib/pdf-response";
import { tenantDate } from "@/lib/time/format";

/** GET /api/pdf/statements/<customerId>: the customer's statement of account as PDF. */
export async function GET(_request: Request, { params }: RouteContext<"/api/pdf/statements/[customerId]">) {
  const auth = await authorizeDownload("billing.view");
  if ("error" in auth) return auth.error;
  const { customerId } = await params;
  if (!z.uuid().safeParse(customerId).success) return new Response("Customer not found.", { status: 404 });
  const { tenant } = auth.session;
  const { app } = await getConnection();
  const data = await withTenantOn(app, tenant.id, async (tx) => {
    const customer = await getCustomer(tx, { id: customerId });
    if (!customer) return null;
    return { customer, seller: await sellerDetails(tx), sources: await statementSources(tx, { customerId }) };
  });
  if (!data) return new Response("Customer not found.", { status: 404 });
  const { entries, closing } = buildLedger(data.sources);
  const c = data.customer;
  const pdf = await renderStatementPdf({
    seller: data.seller,
    customer: { name: `${c.firstName} ${c.lastName}`, accountNo: c.accountNo, address: [c.addressLine, c.barangay, c.city, c.province].filter(Boolean).join(", ") },
    entries,
    closing,
    asOf: tenantDate(new Date(), tenant.timeZone),
  });
  return pdfResponse(pdf, `statement-${c.accountNo}.pdf`);
}
