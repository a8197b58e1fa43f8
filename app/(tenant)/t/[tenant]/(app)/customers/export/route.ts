import type { NextRequest } from "next/server";
import { getConnection } from "@/db/client";
import { customersForExport } from "@/db/queries/customers";
import { withTenantOn } from "@/db/with-tenant";
import { getSessionState } from "@/lib/auth/current";
import { csvLine } from "@/lib/csv/write";
import { formatPhMobile } from "@/lib/customers/mobile";
import { hasPermission } from "@/lib/permissions/check";
import { tenantDate } from "@/lib/time/format";
import { customerListSchema } from "@/lib/validations/customer-list";

const HEADER = ["account_no", "last_name", "first_name", "mobile", "email", "address", "barangay", "city", "plans", "status", "added"];

/**
 * GET /customers/export?<the list's filters>: exactly the rows of the filtered
 * view, in its order, as CSV. Streams in batches so 100,000 customers do not
 * sit in memory.
 */
export async function GET(request: NextRequest) {
  const session = await getSessionState();
  if (session.state !== "signed-in") return new Response("Sign in to export customers.", { status: 401 });
  if (!hasPermission(session.user, "customers.view")) return new Response("You do not have permission to export customers.", { status: 403 });
  const state = customerListSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const { tenant } = session;
  const { app } = await getConnection();
  const encoder = new TextEncoder();

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        // A BOM so Excel opens the UTF-8 file with ñ and ₱ intact.
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(HEADER)}`));
        await withTenantOn(app, tenant.id, async (tx) => {
          const filters = { q: state.q, status: state.status, barangayId: state.barangay, planId: state.plan, sort: state.sort, dir: state.dir };
          for await (const batch of customersForExport(tx, filters)) {
            const text = batch
              .map((c) =>
                csvLine([c.accountNo, c.lastName, c.firstName, formatPhMobile(c.mobile), c.email, c.addressLine, c.barangay, c.city, c.plans, c.status, tenantDate(c.createdAt, tenant.timeZone)]),
              )
              .join("");
            controller.enqueue(encoder.encode(text));
          }
        });
        controller.close();
      } catch (error) {
        console.error("[customers/export] failed", error);
        controller.error(new Error("export failed"));
      }
    },
  });
  const filename = `customers-${tenant.slug}-${tenantDate(new Date(), tenant.timeZone)}.csv`;
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
