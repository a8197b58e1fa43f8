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
    case "password-change-due":
      // A temporary password from the owner: nothing else until the user chose their own.
      redirect("/change-password");
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

/**
 * For the change-password page: the signed-in user, also one whose temporary
 * password must be changed first (`forced`); anyone else to the sign-in page.
 */
export async function requirePasswordChanger(): Promise<{ user: CurrentUser; tenant: TenantRef; forced: boolean }> {
  const s = await getSessionState();
  if (s.state === "signed-in" || s.state === "password-change-due") return { user: s.user, tenant: s.tenant, forced: s.state === "password-change-due" };
  redirect(s.state === "deactivated" ? "/login?reason=deactivated" : "/login");
}

/** For pages behind a permission: renders the "no access" page instead of the content. */
export async function requirePermission(permission: Permission) {
  const ctx = await requireUser();
  if (!hasPermission(ctx.user, permission)) redirect(`/forbidden?need=${encodeURIComponent(permission)}`);
  return ctx;
}
