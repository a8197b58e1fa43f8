import { getSessionUser } from "@/db/queries/users";
import type { TenantRef } from "@/db/system";
import type { Database } from "@/db/types";
import { ALL_PERMISSIONS, type Permission } from "@/lib/permissions/catalog";
import { effectivePermissions } from "@/lib/permissions/check";
import { isUuid } from "@/lib/uuid";
import type { SessionClaims } from "./session-cookie";

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  isTenantOwner: boolean;
  active: boolean;
  roleName: string | null;
  rolePermissions: string[] | null;
  /** The role's landing page as stored (null: the dashboard, or no role). */
  roleLandingPath: string | null;
  permissions: Permission[];
};

export type SessionState =
  | { state: "signed-out" }
  | { state: "other-tenant"; tenantSlug: string }
  | { state: "deactivated" }
  | { state: "signed-in"; user: CurrentUser; tenant: TenantRef }
  /**
   * Signed in with a temporary password the owner set: the user may do one
   * thing, choose their own password (/change-password). Every page sends
   * them there, and every action and route handler, which let only
   * "signed-in" through, refuses.
   */
  | { state: "password-change-due"; user: CurrentUser; tenant: TenantRef };

/**
 * Who is signed in to this tenant, given the request's tenant and the
 * session's claims. The session must belong to the tenant of the Host, and
 * the user is re-read from the database, so a deactivated user or a changed
 * role takes effect at the next request; a token whose session version is no
 * longer the user's (signed out, password changed, permissions cut) signs in
 * no one. A deactivated user is told so even with an ended token: the sign-in
 * page shows why.
 */
export async function loadSessionState(db: Database, tenant: TenantRef | null, session: SessionClaims | null): Promise<SessionState> {
  if (!tenant || !session?.userId) return { state: "signed-out" };
  if (session.tenantId !== tenant.id) return { state: "other-tenant", tenantSlug: session.tenantSlug };
  if (!isUuid(session.userId)) return { state: "signed-out" };
  const user = await getSessionUser(db, { tenantId: tenant.id, userId: session.userId });
  if (!user) return { state: "signed-out" };
  if (!user.active || tenant.status !== "active") return { state: "deactivated" };
  if (user.sessionVersion !== session.sessionVersion) return { state: "signed-out" };
  return {
    state: user.mustChangePassword ? "password-change-due" : "signed-in",
    tenant,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      isTenantOwner: user.isTenantOwner,
      active: user.active,
      roleName: user.roleName,
      rolePermissions: user.rolePermissions,
      roleLandingPath: user.landingPath,
      permissions: effectivePermissions(user, ALL_PERMISSIONS),
    },
  };
}
