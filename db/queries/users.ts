import { and, asc, eq, sql } from "drizzle-orm";
import { roles, users } from "../schema";
import { rowsOf } from "../rows";
import type { Database, Tx } from "../types";

export type UserWithRole = {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  isTenantOwner: boolean;
  active: boolean;
  roleId: string | null;
  roleName: string | null;
  rolePermissions: string[] | null;
  sessionVersion: number;
};

const userWithRoleColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  passwordHash: users.passwordHash,
  isTenantOwner: users.isTenantOwner,
  active: users.active,
  roleId: users.roleId,
  roleName: roles.name,
  rolePermissions: roles.permissions,
  sessionVersion: users.sessionVersion,
};

export async function findUserByEmail(tx: Tx, { email }: { email: string }): Promise<UserWithRole | null> {
  const [row] = await tx
    .select(userWithRoleColumns)
    .from(users)
    .leftJoin(roles, and(eq(roles.tenantId, users.tenantId), eq(roles.id, users.roleId)))
    .where(eq(users.email, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function getUserWithRole(tx: Tx, { id }: { id: string }): Promise<UserWithRole | null> {
  const [row] = await tx
    .select(userWithRoleColumns)
    .from(users)
    .leftJoin(roles, and(eq(roles.tenantId, users.tenantId), eq(roles.id, users.roleId)))
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}

export type SessionUser = Omit<UserWithRole, "passwordHash" | "roleId"> & { landingPath: string | null; mustChangePassword: boolean };

/**
 * The session's user and role, read under row-level security in one round trip
 * (fiberbill_session_user sets the tenant for its own statement): every page
 * asks this before its own queries. Null for no such user in this tenant.
 */
export async function getSessionUser(db: Database, { tenantId, userId }: { tenantId: string; userId: string }): Promise<SessionUser | null> {
  const [row] = rowsOf<{
    id: string;
    name: string;
    email: string;
    is_tenant_owner: boolean;
    active: boolean;
    role_name: string | null;
    role_permissions: string[] | null;
    session_version: number;
    landing_path: string | null;
    must_change_password: boolean;
  }>(await db.execute(sql`select * from fiberbill_session_user(${tenantId}::uuid, ${userId}::uuid)`));
  return row
    ? {
        id: row.id,
        name: row.name,
        email: row.email,
        isTenantOwner: row.is_tenant_owner,
        active: row.active,
        roleName: row.role_name,
        rolePermissions: row.role_permissions,
        sessionVersion: Number(row.session_version),
        landingPath: row.landing_path,
        mustChangePassword: row.must_change_password === true,
      }
    : null;
}

export async function listStaff(tx: Tx) {
  return tx
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      isTenantOwner: users.isTenantOwner,
      active: users.active,
      roleId: users.roleId,
      roleName: roles.name,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(roles, and(eq(roles.tenantId, users.tenantId), eq(roles.id, users.roleId)))
    .orderBy(sql`${users.isTenantOwner} desc`, sql`${users.active} desc`, asc(users.name));
}

export async function touchLastLogin(tx: Tx, { id }: { id: string }) {
  await tx.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, id));
}

/** Replaces a password hash (a rehash at sign-in, or a new password: then also end the user's sessions). */
export async function setPasswordHash(tx: Tx, { id, passwordHash }: { id: string; passwordHash: string }) {
  await tx.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, id));
}

/**
 * Raises a user's session version, so every token issued before stops
 * working. With `from`, only if the version is still that one (a sign-out
 * with a current token; a stale token cannot end anyone's sessions again).
 * Returns whether a row changed.
 */
export async function bumpSessionVersion(tx: Tx, { id, from }: { id: string; from?: number }): Promise<boolean> {
  const rows = await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(from === undefined ? eq(users.id, id) : and(eq(users.id, id), eq(users.sessionVersion, from)))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Raises the session version of everyone holding a role; returns how many. */
export async function bumpSessionVersionOfRole(tx: Tx, { roleId }: { roleId: string }): Promise<number> {
  const rows = await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.roleId, roleId))
    .returning({ id: users.id });
  return rows.length;
}

/** What a password change needs of its user, locked until the transaction ends (two changes at once: one after the other). */
export async function lockUserForPassword(tx: Tx, { id }: { id: string }) {
  const [row] = await tx
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      isTenantOwner: users.isTenantOwner,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .where(eq(users.id, id))
    .for("update");
  return row ?? null;
}

/**
 * A new password: the hash replaced, whether it must be changed at the next
 * sign-in (a temporary one set by the owner) or not (the user's own), and the
 * session version raised, so every session opened with the old one ends.
 * Returns the new session version.
 */
export async function replacePassword(tx: Tx, { id, passwordHash, mustChangePassword }: { id: string; passwordHash: string; mustChangePassword: boolean }): Promise<number> {
  const [row] = await tx
    .update(users)
    .set({ passwordHash, mustChangePassword, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning({ sessionVersion: users.sessionVersion });
  if (!row) throw new Error("password update found no user");
  return row.sessionVersion;
}
