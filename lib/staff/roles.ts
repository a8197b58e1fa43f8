import { and, count, eq, sql } from "drizzle-orm";
import { roles, users } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/record";
import { endRoleSessions, removesPermissions } from "@/lib/auth/sessions";
import { NotFoundError, pgErrorCode, UserFacingError } from "@/lib/errors";
import type { Permission } from "@/lib/permissions/catalog";
import { storedLandingPath, type LandingPath } from "./landing";
import { plural } from "@/lib/text/plural";

type Ctx = { tx: Tx; audit: (e: AuditEntry) => Promise<void> };
/** `landingPath` left out: a new role lands on the dashboard, an edited one keeps its page. */
export type RoleInput = { name: string; description: string; permissions: Permission[]; landingPath?: LandingPath };

/** The landing page as stored and audited (null: the dashboard), only when the caller chose one. */
function landingColumn(input: RoleInput): { landingPath?: string | null } {
  return input.landingPath === undefined ? {} : { landingPath: storedLandingPath(input.landingPath) };
}

const NAME_TAKEN = "A role with that name already exists.";

export async function createRole({ tx, audit }: Ctx, tenantId: string, raw: RoleInput): Promise<{ id: string }> {
  const input = { ...raw, permissions: [...raw.permissions].sort(), ...landingColumn(raw) };
  try {
    const [row] = await tx
      .insert(roles)
      .values({ tenantId, name: input.name, description: input.description, permissions: input.permissions, landingPath: input.landingPath ?? null })
      .returning({ id: roles.id });
    if (!row) throw new Error("role insert returned nothing");
    await audit({ action: "role.create", entityType: "role", entityId: row.id, after: { ...input } });
    return row;
  } catch (error) {
    if (pgErrorCode(error) === "23505") throw new UserFacingError(NAME_TAKEN, { name: [NAME_TAKEN] });
    throw error;
  }
}

export async function updateRole({ tx, audit }: Ctx, id: string, raw: RoleInput): Promise<void> {
  // Permissions are kept sorted, so an audit diff compares sets, not orderings.
  const input = { ...raw, permissions: [...raw.permissions].sort(), ...landingColumn(raw) };
  const [saved] = await tx
    .select({ name: roles.name, description: roles.description, permissions: roles.permissions, landingPath: roles.landingPath })
    .from(roles)
    .where(eq(roles.id, id))
    .for("update");
  if (!saved) throw new NotFoundError("That role");
  const { landingPath: savedLanding, ...rest } = saved;
  // The landing page is compared (and audited) only when the caller set it.
  const before = input.landingPath === undefined ? rest : { ...rest, landingPath: savedLanding };
  try {
    await tx
      .update(roles)
      .set({ name: input.name, description: input.description, permissions: input.permissions, ...landingColumn(raw), updatedAt: sql`now()` })
      .where(eq(roles.id, id));
  } catch (error) {
    if (pgErrorCode(error) === "23505") throw new UserFacingError(NAME_TAKEN, { name: [NAME_TAKEN] });
    throw error;
  }
  // Fewer permissions: everyone holding the role signs in again, under the new set.
  if (removesPermissions(before.permissions, input.permissions)) await endRoleSessions(tx, { roleId: id });
  const diff = changedFields({ ...before, permissions: [...before.permissions].sort() }, input);
  await audit({ action: "role.update", entityType: "role", entityId: id, ...diff });
}

export async function deleteRole({ tx, audit }: Ctx, id: string): Promise<void> {
  const [role] = await tx.select({ name: roles.name }).from(roles).where(eq(roles.id, id)).for("update");
  if (!role) throw new NotFoundError("That role");
  const [holders] = await tx.select({ n: count() }).from(users).where(and(eq(users.roleId, id)));
  if ((holders?.n ?? 0) > 0) {
    throw new UserFacingError(`${role.name} is held by ${plural(holders!.n, "staff member")}. Give them another role first.`);
  }
  await tx.delete(roles).where(eq(roles.id, id));
  await audit({ action: "role.delete", entityType: "role", entityId: id, before: { name: role.name } });
}
