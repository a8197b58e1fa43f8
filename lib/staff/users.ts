import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { lockUserForPassword, replacePassword } from "@/db/queries/users";
import { roles, tenants, users } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { endUserSessions, removesPermissions } from "@/lib/auth/sessions";
import { NotFoundError, pgErrorCode, UserFacingError } from "@/lib/errors";

type Ctx = { tx: Tx; audit: (e: AuditEntry) => Promise<void> };
export type StaffInput = { name: string; email: string; roleId: string; password: string };

const EMAIL_TAKEN = "Someone on your staff already uses that email.";

async function roleOf(tx: Tx, roleId: string): Promise<{ name: string; permissions: string[] }> {
  const [role] = await tx.select({ name: roles.name, permissions: roles.permissions }).from(roles).where(eq(roles.id, roleId));
  if (!role) throw new UserFacingError("Choose a role.", { roleId: ["Choose a role."] });
  return role;
}

/** The whole password policy, with this workspace's address and the new user's email as context words. */
async function checkNewPassword(tx: Tx, tenantId: string, input: StaffInput): Promise<void> {
  const [tenant] = await tx.select({ slug: tenants.slug }).from(tenants).where(eq(tenants.id, tenantId));
  const problem = passwordProblem(input.password, { slug: tenant?.slug, email: input.email });
  if (problem) throw new UserFacingError("Please correct the highlighted fields.", { password: [problem] });
}

export async function createStaffUser({ tx, audit }: Ctx, tenantId: string, input: StaffInput): Promise<{ id: string }> {
  const role = (await roleOf(tx, input.roleId)).name;
  await checkNewPassword(tx, tenantId, input);
  const passwordHash = await hashPassword(input.password);
  try {
    const [row] = await tx
      .insert(users)
      .values({ tenantId, name: input.name, email: input.email, roleId: input.roleId, passwordHash })
      .returning({ id: users.id });
    if (!row) throw new Error("user insert returned nothing");
    await audit({ action: "user.create", entityType: "user", entityId: row.id, after: { name: input.name, email: input.email, role } });
    return row;
  } catch (error) {
    if (pgErrorCode(error) === "23505") throw new UserFacingError(EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
    throw error;
  }
}

async function lockStaff(tx: Tx, id: string) {
  const [user] = await tx
    .select({ name: users.name, active: users.active, isTenantOwner: users.isTenantOwner, roleId: users.roleId })
    .from(users)
    .where(eq(users.id, id))
    .for("update");
  if (!user) throw new NotFoundError("That staff member");
  return user;
}

/**
 * Deactivation takes effect at the user's next request: every request re-reads
 * `active`. It also ends the user's sessions, so a reactivation later does not
 * bring back a token issued before.
 */
export async function setStaffActive({ tx, audit }: Ctx, actorId: string, id: string, active: boolean): Promise<void> {
  const user = await lockStaff(tx, id);
  if (user.isTenantOwner) throw new UserFacingError("The account owner cannot be deactivated.");
  if (id === actorId) throw new UserFacingError("You cannot deactivate yourself.");
  if (user.active === active) return;
  await tx
    .update(users)
    .set({ active, deactivatedAt: active ? null : sql`now()`, updatedAt: sql`now()` })
    .where(eq(users.id, id));
  if (!active) await endUserSessions(tx, { userId: id });
  await audit({
    action: active ? "user.reactivate" : "user.deactivate",
    entityType: "user",
    entityId: id,
    before: { active: user.active },
    after: { active },
  });
}

export async function changeStaffRole({ tx, audit }: Ctx, actorId: string, id: string, roleId: string): Promise<void> {
  const user = await lockStaff(tx, id);
  if (user.isTenantOwner) throw new UserFacingError("The account owner holds every permission and has no role.");
  if (id === actorId) throw new UserFacingError("You cannot change your own role.");
  if (user.roleId === roleId) return;
  const [before, after] = [user.roleId ? await roleOf(tx, user.roleId) : null, await roleOf(tx, roleId)];
  await tx.update(users).set({ roleId, updatedAt: sql`now()` }).where(eq(users.id, id));
  // A role with fewer permissions: the sessions opened under the old one end.
  if (before && removesPermissions(before.permissions, after.permissions)) await endUserSessions(tx, { userId: id });
  await audit({ action: "user.role_change", entityType: "user", entityId: id, before: { role: before?.name ?? null }, after: { role: after.name } });
}

/** No 0/O, 1/l/I: a temporary password is read out or written down. */
const TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** "k7rm-p2xq-9fhd": 12 random characters (about 59 bits), easy to read out and type once. */
export function temporaryPassword(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => TEMP_ALPHABET[b % TEMP_ALPHABET.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join("")).join("-");
}

export const OWNER_ONLY_RESET = "Only the account owner can reset a staff member's password.";

/**
 * The owner's "Reset password" for a staff member who forgot theirs and has
 * no email access: a temporary password (shown once to the owner, never
 * stored in plain text or audited) that must be changed at the next sign-in;
 * every session of the staff member ends. Another tenant's id is not found.
 */
export async function resetStaffPassword(
  { tx, audit }: Ctx,
  actor: { id: string; isTenantOwner: boolean },
  id: string,
): Promise<{ name: string; temporaryPassword: string }> {
  if (!actor.isTenantOwner) throw new UserFacingError(OWNER_ONLY_RESET);
  const user = await lockUserForPassword(tx, { id });
  if (!user) throw new NotFoundError("That staff member");
  if (user.id === actor.id || user.isTenantOwner) throw new UserFacingError("Change your own password from your account menu.");
  if (!user.active) throw new UserFacingError("Reactivate this staff member first.");
  let password = temporaryPassword();
  // The policy holds for temporary passwords too (a random one passes: this is a guard, not a loop).
  while (passwordProblem(password, { email: user.email })) password = temporaryPassword();
  await replacePassword(tx, { id, passwordHash: await hashPassword(password), mustChangePassword: true });
  await audit({ action: "user.password_reset", entityType: "user", entityId: id, after: { mustChangePassword: true } });
  return { name: user.name, temporaryPassword: password };
}
