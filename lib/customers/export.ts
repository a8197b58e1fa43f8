import { customersForExport } from "@/db/queries/customers";
import { withTenantOn } from "@/db/with-tenant";
import type { RequestContext } from "@/lib/actions/run-tenant-action";
import { recordAudit } from "@/lib/audit/record";
import { csvLine } from "@/lib/csv/write";
import { formatPhMobile } from "@/lib/customers/mobile";
import { centavosToDecimal } from "@/lib/money";
import { hasPermission } from "@/lib/permissions/check";
import { tenantDate } from "@/lib/time/format";
import { customerListSchema } from "@/lib/validations/customer-list";

export const EXPORT_HEADER = ["account_no", "last_name", "first_name", "mobile", "email", "address", "barangay", "city", "plans", "balance", "status", "added"];

/**
 * The customer list's CSV export: exactly the rows of the filtered view, in
 * its order, streamed in batches so 100,000 customers do not sit in memory.
 * A permission of its own (customers.export): a copy of every subscriber's
 * name, mobile and address is need-to-know, not part of looking one up. Each
 * export leaves an audit row with its filters and how many rows it held,
 * written in the transaction that read them. Free of Next.js, so the route
 * and the integration tests run the same code.
 */
export async function exportCustomers(request: RequestContext, params: URLSearchParams): Promise<Response> {
  const { session } = request;
  if (session.state !== "signed-in") return new Response("Sign in to export customers.", { status: 401 });
  if (!hasPermission(session.user, "customers.export")) return new Response("You do not have permission to export customers.", { status: 403 });
  const state = customerListSchema.parse(Object.fromEntries(params));
  const { tenant, user } = session;
  const filters = { q: state.q, status: state.status, barangayId: state.barangay, planId: state.plan, balance: state.balance };
  const order = { sort: state.sort, dir: state.dir };
  const actor = { tenantId: tenant.id, userId: user.id, ...request.info };
  const encoder = new TextEncoder();

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        // A BOM so Excel opens the UTF-8 file with ñ and ₱ intact.
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(EXPORT_HEADER)}`));
        await withTenantOn(request.db, tenant.id, async (tx) => {
          let rows = 0;
          for await (const batch of customersForExport(tx, { ...filters, ...order })) {
            rows += batch.length;
            const text = batch
              .map((c) =>
                csvLine([
                  c.accountNo,
                  c.lastName,
                  c.firstName,
                  formatPhMobile(c.mobile),
                  c.email,
                  c.addressLine,
                  c.barangay,
                  c.city,
                  c.plans,
                  centavosToDecimal(c.balance),
                  c.status,
                  tenantDate(c.createdAt, tenant.timeZone),
                ]),
              )
              .join("");
            controller.enqueue(encoder.encode(text));
          }
          const applied = Object.fromEntries(Object.entries({ ...filters, ...order }).filter(([, v]) => v !== undefined));
          await recordAudit(tx, actor, { action: "customer.export", entityType: "customer", after: { filters: applied, rows } });
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
