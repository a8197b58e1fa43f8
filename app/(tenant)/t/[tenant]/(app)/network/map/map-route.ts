import type { z } from "zod";
import type { TenantRef } from "@/db/system";
import type { Tx } from "@/db/types";
import { withTenant } from "@/db/tenant";
import { getSessionState } from "@/lib/auth/current";
import { readQuery } from "@/lib/map/read-query";
import { hasPermission } from "@/lib/permissions/check";

/**
 * The one chain of the map's GET routes: a signed-in session of this tenant,
 * network.view, the query string checked, then the read inside withTenant.
 * JSON answers, private and never cached (they carry subscribers' data).
 */
export async function mapRoute<S extends z.ZodType, T>(
  request: Request,
  schema: S,
  read: (tx: Tx, query: z.infer<S>, tenant: TenantRef) => Promise<T | null>,
): Promise<Response> {
  const headers = { "Cache-Control": "private, no-store" };
  const session = await getSessionState();
  if (session.state !== "signed-in") return Response.json({ error: "Sign in to see the map." }, { status: 401, headers });
  if (!hasPermission(session.user, "network.view")) return Response.json({ error: "You do not have permission to see the network." }, { status: 403, headers });
  const query = readQuery(schema, new URL(request.url).searchParams);
  if (!query.ok) return Response.json({ error: query.error }, { status: 400, headers });
  const result = await withTenant(session.tenant.id, (tx) => read(tx, query.data, session.tenant));
  if (result === null) return Response.json({ error: "Not found." }, { status: 404, headers });
  return Response.json(result, { headers });
}
