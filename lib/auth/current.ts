import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getConnection } from "@/db/client";
import { getUserWithRole } from "@/db/queries/users";
import { resolveTenantBySlug, type TenantRef } from "@/db/system";
import { withTenantOn } from "@/db/with-tenant";
import { env } from "@/lib/env";
import { ALL_PERMISSIONS, type Permission } from "@/lib/permissions/catalog";
import { effectivePermissions, hasPermission } from "@/lib/permissions/check";
import { requestHost } from "@/lib/request-info";
import { tenantSlugFromHost } from "@/lib/tenancy/subdomain";
import { auth } from "./index";

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  isTenantOwner: boolean;
  active: boolean;
  roleName: string | null;
  rolePermissions: string[] | null;
  permissions: Permission[];
};

/** The tenant whose subdomain this request came to (once per request). */
export const getRequestTenant = cache(async (): Promise<TenantRef | null> => {
  const slug = tenantSlugFromHost(requestHost(await headers()), env.ROOT_DOMAIN);
  if (!slug) return null;
  const { app } = await getConnection();
  return resolveTenantBySlug(app, slug);
});

export type SessionState =
  | { state: "signed-out" }
  | { state: "other-tenant"; tenantSlug: string }
  | { state: "deactivated" }
  | { state: "signed-in"; user: CurrentUser; tenant: TenantRef };

/**
 * Who is signed in to this tenant. The session must belong to the tenant of
 * the Host, and the user is re-read from the database on every request, so a
 * deactivated user or a changed role takes effect at the next request.
 */
export const getSessionState = cache(async (): Promise<SessionState> => {
  const tenant = await getRequestTenant();
  const session = await auth();
  if (!tenant || !session?.user?.id) return { state: "signed-out" };
  if (session.tenantId !== tenant.id) return { state: "other-tenant", tenantSlug: session.tenantSlug };
  const { app } = await getConnection();
  const user = await withTenantOn(app, tenant.id, (tx) => getUserWithRole(tx, { id: session.user!.id! }));
  if (!user) return { state: "signed-out" };
  if (!user.active || tenant.status !== "active") return { state: "deactivated" };
  return {
    state: "signed-in",
    tenant,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      isTenantOwner: user.isTenantOwner,
      active: user.active,
      roleName: user.roleName,
      rolePermissions: user.rolePermissions,
      permissions: effectivePermissions(user, ALL_PERMISSIONS),
    },
  };
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
      redirect("/logout?reason=deactivated");
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
