import { and, asc, count, eq } from "drizzle-orm";
import { getSessionUser } from "./users";
import { roles, users } from "../schema";
import type { Database, Tx } from "../types";

export async function listRoles(tx: Tx) {
  return tx
    .select({
      id: roles.id,
      name: roles.name,
      description: roles.description,
      permissions: roles.permissions,
      landingPath: roles.landingPath,
      holders: count(users.id),
    })
    .from(roles)
    .leftJoin(users, and(eq(users.tenantId, roles.tenantId), eq(users.roleId, roles.id)))
    .groupBy(roles.tenantId, roles.id)
    .orderBy(asc(roles.name));
}

export async function getRole(tx: Tx, { id }: { id: string }) {
  const [row] = await tx
    .select({ id: roles.id, name: roles.name, description: roles.description, permissions: roles.permissions, landingPath: roles.landingPath })
    .from(roles)
    .where(eq(roles.id, id));
  return row ?? null;
}

export async function roleOptions(tx: Tx) {
  return tx.select({ id: roles.id, name: roles.name }).from(roles).orderBy(asc(roles.name));
}

/**
 * The landing page of a user's role, read with the session's user in one
 * round trip (fiberbill_session_user sets the tenant for its own statement,
 * under RLS). Null for the owner, a role without one, or a user of another tenant.
 */
export async function userLandingPath(db: Database, { tenantId, userId }: { tenantId: string; userId: string }): Promise<string | null> {
  return (await getSessionUser(db, { tenantId, userId }))?.landingPath ?? null;
}
