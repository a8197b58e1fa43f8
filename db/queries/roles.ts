import { and, asc, count, eq } from "drizzle-orm";
import { roles, users } from "../schema";
import type { Tx } from "../types";

export async function listRoles(tx: Tx) {
  return tx
    .select({
      id: roles.id,
      name: roles.name,
      description: roles.description,
      permissions: roles.permissions,
      holders: count(users.id),
    })
    .from(roles)
    .leftJoin(users, and(eq(users.tenantId, roles.tenantId), eq(users.roleId, roles.id)))
    .groupBy(roles.tenantId, roles.id)
    .orderBy(asc(roles.name));
}

export async function getRole(tx: Tx, { id }: { id: string }) {
  const [row] = await tx
    .select({ id: roles.id, name: roles.name, description: roles.description, permissions: roles.permissions })
    .from(roles)
    .where(eq(roles.id, id));
  return row ?? null;
}

export async function roleOptions(tx: Tx) {
  return tx.select({ id: roles.id, name: roles.name }).from(roles).orderBy(asc(roles.name));
}
