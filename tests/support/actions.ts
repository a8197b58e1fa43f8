import { randomUUID } from "node:crypto";
import { resolveTenantBySlug } from "@/db/system";
import type { Database } from "@/db/types";
import type { RequestContext } from "@/lib/actions/run-tenant-action";
import { loadSessionState } from "@/lib/auth/session-state";
import type { TestTenant } from "./tenants";

/**
 * The request a signed-in user of `tenant` would make: the same session
 * loading as the app (re-reads the user and role from the database), through
 * the runtime role. Pass `sessionTenant` to replay a session of another tenant.
 */
export async function requestAs(db: Database, tenant: TestTenant, userId: string, sessionTenant: TestTenant = tenant): Promise<RequestContext> {
  const ref = await resolveTenantBySlug(db, tenant.slug);
  const session = await loadSessionState(db, ref, { userId, tenantId: sessionTenant.tenantId, tenantSlug: sessionTenant.slug });
  return { db, session, info: { ip: "203.0.113.9", userAgent: "vitest action" } };
}

/**
 * FormData from a plain object; arrays become repeated `key[]` entries, as
 * checkbox groups send them. Like a freshly opened form, it carries an
 * idempotency key of its own unless `idempotencyKey` is given.
 */
export function form(values: Record<string, string | number | undefined | string[]>): FormData {
  const fd = new FormData();
  if (!("idempotencyKey" in values)) fd.append("idempotencyKey", randomUUID());
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) fd.append(`${key}[]`, v);
    else fd.append(key, String(value));
  }
  return fd;
}
