import { bumpSessionVersion, bumpSessionVersionOfRole } from "@/db/queries/users";
import type { Database, Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { isUuid } from "@/lib/uuid";

/**
 * Sessions are Auth.js JWTs, valid for 7 days wherever they are presented. To
 * end them before that, each token carries its user's session version (`sv`),
 * and every request compares it with users.session_version, read in the same
 * round trip as the user (fiberbill_session_user). Raising the version ends
 * every session of that user at once: copied tokens included.
 */

/**
 * Ends every session of a user, in the caller's tenant transaction. Call it
 * when the user's password changes (a change or a reset), or whenever the
 * user's existing sessions must not go on.
 */
export async function endUserSessions(tx: Tx, { userId }: { userId: string }): Promise<void> {
  await bumpSessionVersion(tx, { id: userId });
}

/** Ends the sessions of everyone holding a role (its permissions were cut). Returns how many users. */
export function endRoleSessions(tx: Tx, { roleId }: { roleId: string }): Promise<number> {
  return bumpSessionVersionOfRole(tx, { roleId });
}

/** True when `after` lacks any permission `before` had: sessions under `before` must end. */
export function removesPermissions(before: readonly string[], after: readonly string[]): boolean {
  const kept = new Set(after);
  return before.some((p) => !kept.has(p));
}

/**
 * Sign-out: ends every session of the token's user, provided the token is
 * still current (a token already ended cannot end the newer sessions again).
 * Takes the claims of a decrypted token as Auth.js hands them to its signOut event.
 */
export async function endSessionsOfToken(db: Database, token: Record<string, unknown> | null | undefined): Promise<boolean> {
  const { sub, tenantId, sv } = token ?? {};
  if (typeof sub !== "string" || typeof tenantId !== "string" || typeof sv !== "number") return false;
  if (!isUuid(sub) || !isUuid(tenantId)) return false;
  return withTenantOn(db, tenantId, (tx) => bumpSessionVersion(tx, { id: sub, from: sv }));
}
