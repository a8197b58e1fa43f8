import { randomUUID } from "node:crypto";
import { getSessionUser } from "@/db/queries/users";
import { resolveTenantBySlug } from "@/db/system";
import type { Database } from "@/db/types";
import type { RequestContext } from "@/lib/actions/run-tenant-action";
import { loadSessionState } from "@/lib/auth/session-state";
import { isUuid } from "@/lib/uuid";
import type { TestTenant } from "./tenants";

/** The session version a token issued to `userId` now would carry (0 for no such user). */
export async function currentSessionVersion(db: Database, tenant: TestTenant, userId: string): Promise<number> {
  if (!isUuid(userId)) return 0;
  return (await getSessionUser(db, { tenantId: tenant.tenantId, userId }))?.sessionVersion ?? 0;
}

/**
 * The request a signed-in user of `tenant` would make: the same session
 * loading as the app (re-reads the user and role from the database, and
 * compares the token's session version), through the runtime role. Pass
 * `sessionTenant` to replay a session of another tenant, and `sessionVersion`
 * to replay a token issued before its user's sessions were ended; by default
 * the token is one issued just now.
 */
export async function requestAs(
  db: Database,
  tenant: TestTenant,
  userId: string,
  sessionTenant: TestTenant = tenant,
  sessionVersion?: number,
): Promise<RequestContext> {
  const ref = await resolveTenantBySlug(db, tenant.slug);
  const sv = sessionVersion ?? (await currentSessionVersion(db, sessionTenant, userId));
  const session = await loadSessionState(db, ref, { userId, tenantId: sessionTenant.tenantId, tenantSlug: sessionTenant.slug, sessionVersion: sv });
  return { db, session, info: { ip: "203.0.113.9", userAgent: "vitest action", origin: `http://${tenant.slug}.localhost:3000` } };
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
