"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { getConnection } from "@/db/client";
import { fail, GENERIC_ERROR, type ActionResult } from "@/lib/actions/result";
import { signIn } from "@/lib/auth";
import { changeOwnPassword } from "@/lib/auth/change-password";
import { getSessionState } from "@/lib/auth/current";
import { mintHandoffToken } from "@/lib/auth/handoff-token";
import { env } from "@/lib/env";
import { counterStore } from "@/lib/rate-limit";
import { requestInfo } from "@/lib/request-info";

/**
 * The password changes and the user's session version rises, which ends every
 * session of theirs; this browser then gets a fresh session at the new
 * version (through the same one-time handoff sign-up uses), so only the
 * other devices are signed out.
 */
export async function changePasswordAction(_prev: ActionResult<{ redirectTo: string }> | null, formData: FormData): Promise<ActionResult<{ redirectTo: string }>> {
  try {
    const session = await getSessionState();
    const result = await changeOwnPassword({ db: (await getConnection()).app, store: counterStore(), session, info: requestInfo(await headers()) }, formData);
    if (!result.ok) return result;
    if (session.state !== "signed-in" && session.state !== "password-change-due") return fail(GENERIC_ERROR);
    const token = mintHandoffToken({ uid: session.user.id, tid: session.tenant.id, slug: session.tenant.slug }, env.AUTH_SECRET);
    try {
      await signIn("handoff", { token, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      // The password is changed; only this browser's new session failed.
      return { ok: true, data: { redirectTo: "/login?reason=password-changed" } };
    }
    return { ok: true, data: { redirectTo: result.data.replacedTemporary ? "/" : "/change-password?changed=1" } };
  } catch (error) {
    console.error("[change password] unexpected error", error);
    return fail("Something went wrong on our side. Please try again; if your password was changed, sign in with the new one.");
  }
}
