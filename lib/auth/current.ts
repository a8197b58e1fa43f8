import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getConnection } from "@/db/client";
import { resolveTenantBySlug, type TenantRef } from "@/db/system";
import { env } from "@/lib/env";
import type { Permission } from "@/lib/permissions/catalog";
import { hasPermission } from "@/lib/permissions/check";
import { requestHost } from "@/lib/request-info";
import { tenantSlugFromHost } from "@/lib/tenancy/subdomain";
import { readSessionClaims, usesSecureCookie } from "./session-cookie";
import { loadSessionState, type CurrentUser, type SessionState } from "./session-state";

export type { CurrentUser, SessionState };

/** The tenant whose subdomain this request came to (once per request). */
export const getRequestTenant = cache(async (): Promise<TenantRef | null> => {
  const slug = tenantSlugFromHost(requestHost(await headers()), env.ROOT_DOMAIN);
  if (!slug) return null;
  const { app } = await getConnection();
  return resolveTenantBySlug(app, slug);
});

/** Who is signed in to this subdomain's tenant (once per request). */
export const getSessionState = cache(async (): Promise<SessionState> => {
  // The tenant's round trip to the database overlaps the cookie's decryption.
  const h = await headers();
  const [tenant, claims, { app }] = await Promise.all([
    getRequestTenant(),
    readSessionClaims(h.get("cookie"), usesSecureCookie(h), env.AUTH_SECRET),
    getConnection(),
  ]);
  return loadSessionState(app, tenant, claims);
});

/** For tenant pages: the signed-in user, or a redirect to where they belong. */
export async function requireUser(): Promise<{ user: CurrentUser; tenant: TenantRef }> {
  const tenant = await getRequestTenant();
  if (!tenant) notFound();
  const s = await getSessionState();
  switch (s.state) {
    case "signed-in":
      return { user: s.user, tenant: s.tenant };
    case "deactivated":
      // Straight to the sign-in page: its cookie needs no clearing, as
      // deactivation ended the user's sessions (their version was raised).
      redirect("/login?reason=deactivated");
    case "other-tenant":
      redirect("/login?reason=other-workspace");
    default:
      redirect("/login");
  }
}

/** For pages behind a permission: renders the "no access" page instead of the content. */
export async function requirePermission(permission: Permission) {
  const ctx = await requireUser();
  if (!hasPermission(ctx.user, permission)) redirect(`/forbidden?need=${encodeURIComponent(permission)}`);
  return ctx;
}
