import { z } from "zod";
import { lockUserForPassword, replacePassword } from "@/db/queries/users";
import type { Database } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { fail, formDataToObject, type ActionResult } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record";
import { UserFacingError } from "@/lib/errors";
import type { CounterStore } from "@/lib/rate-limit/store";
import { hitLimits, waitMessage } from "@/lib/rate-limit/fixed-window";
import { checkPassword, hashPassword } from "./password";
import { passwordProblem } from "./password-policy";
import type { SessionState } from "./session-state";

/** Wrong current passwords a session may try per quarter hour: a borrowed, unlocked PC is not a password oracle. */
export const CHANGE_LIMIT = { max: 5, windowSeconds: 15 * 60 } as const;

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Enter your current password.").max(1000),
    password: z.string().min(1, "Choose a new password.").max(1000),
    confirm: z.string().max(1000),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords do not match." });

export type ChangeRequest = {
  db: Database;
  store: CounterStore;
  session: SessionState;
  info: { ip: string | null; userAgent: string | null };
};

/** The new session version (the caller re-issues this browser's session with it) and whether a temporary password was replaced. */
export type PasswordChanged = { sessionVersion: number; replacedTemporary: boolean };

const WRONG_CURRENT = "That is not your current password.";

/**
 * "Change password" (the user menu) and the forced change after the owner
 * set a temporary password: needs the current password, applies the password
 * policy, and raises the session version, which ends every other session of
 * the user (the caller signs this browser in again with the new version).
 */
export async function changeOwnPassword(request: ChangeRequest, formData: FormData): Promise<ActionResult<PasswordChanged>> {
  const { session } = request;
  if (session.state !== "signed-in" && session.state !== "password-change-due") return fail("Your session has ended. Please sign in again.");
  const parsed = changePasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "password")] ??= []).push(issue.message);
    return fail("Please correct the highlighted fields.", fieldErrors);
  }
  const { current, password } = parsed.data;
  const { tenant, user } = session;
  const problem = passwordProblem(password, { slug: tenant.slug, email: user.email });
  if (problem) return fail("Please correct the highlighted fields.", { password: [problem] });
  if (password === current) return fail("Please correct the highlighted fields.", { password: ["Choose a password different from the current one."] });
  const limited = await hitLimits(request.store, [{ key: `pwchange:${tenant.id}:${user.id}`, ...CHANGE_LIMIT }]);
  if (limited) return fail(waitMessage(limited.retryAfterSeconds));
  const passwordHash = await hashPassword(password);
  try {
    const data = await withTenantOn(request.db, tenant.id, async (tx) => {
      const row = await lockUserForPassword(tx, { id: user.id });
      if (!row || !row.active) throw new UserFacingError("Your session has ended. Please sign in again.");
      if (!(await checkPassword(current, row.passwordHash)).valid) throw new UserFacingError(WRONG_CURRENT, { current: [WRONG_CURRENT] });
      const sessionVersion = await replacePassword(tx, { id: user.id, passwordHash, mustChangePassword: false });
      await recordAudit(
        tx,
        { tenantId: tenant.id, userId: user.id, ...request.info },
        { action: "user.password_change", entityType: "user", entityId: user.id, after: { replacedTemporary: row.mustChangePassword } },
      );
      return { sessionVersion, replacedTemporary: row.mustChangePassword };
    });
    // A success does not count against the limit.
    await request.store.decrement(`pwchange:${tenant.id}:${user.id}`);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
    throw error;
  }
}
