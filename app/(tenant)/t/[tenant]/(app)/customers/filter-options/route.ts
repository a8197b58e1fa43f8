import { customerFilterOptions } from "@/db/queries/customers";
import { withTenant } from "@/db/tenant";
import { getSessionState } from "@/lib/auth/current";
import { inNaturalOrder } from "@/lib/customers/filter-options";
import { hasPermission } from "@/lib/permissions/check";

/**
 * GET /customers/filter-options: the barangays and plans the customer list's
 * filters offer, as JSON. The list loads them once after it shows, instead of
 * carrying them in every page and paging payload.
 */
export async function GET() {
  const session = await getSessionState();
  if (session.state !== "signed-in") return Response.json({ error: "Sign in to see customers." }, { status: 401 });
  if (!hasPermission(session.user, "customers.view")) return Response.json({ error: "You do not have permission to see customers." }, { status: 403 });
  const options = inNaturalOrder(await withTenant(session.tenant.id, (tx) => customerFilterOptions(tx)));
  return Response.json(options, { headers: { "Cache-Control": "private, no-store" } });
}
