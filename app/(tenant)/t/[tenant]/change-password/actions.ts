"use server";

import { headers } from "next/headers";
import { getConnection } from "@/db/client";
import { fail, GENERIC_ERROR, type ActionResult } from "@/lib/actions/result";
import { changeOwnPassword } from "@/lib/auth/change-password";
import { getSessionState } from "@/lib/auth/current";
import { mintHandoffToken } from "@/lib/auth/handoff-token";
import { env } from "@/lib/env";
import { counterStore } from "@/lib/rate-limit";
import { requestInfo } from "@/lib/request-info";

/**
 * The password changes and the user's session version rises, which ends every
 * session of theirs; this browser then gets a fresh session at the new
 * version through the one-time handoff sign-up uses (/welcome), so only the
 * other devices are signed out. The handoff is a navigation, not a sign-in
 * inside this action: the page this action re-renders would still see the
 * ended session and send the browser to the sign-in page.
 */
export async function changePasswordAction(_prev: ActionResult<{ redirectTo: string }> | null, formData: FormData): Promise<ActionResult<{ redirectTo: string }>> {
  try {
    const session = await getSessionState();
    const result = await changeOwnPassword({ db: (await getConnection()).app, store: counterStore(), session, info: requestInfo(await headers()) }, formData);
    if (!result.ok) return result;
    if (session.state !== "signed-in" && session.state !== "password-change-due") return fail(GENERIC_ERROR);
    const token = mintHandoffToken({ uid: session.user.id, tid: session.tenant.id, slug: session.tenant.slug }, env.AUTH_SECRET);
    const next = result.data.replacedTemporary ? "/" : "/change-password?changed=1";
    return { ok: true, data: { redirectTo: `/welcome?token=${encodeURIComponent(token)}&next=${encodeURIComponent(next)}` } };
  } catch (error) {
    console.error("[change password] unexpected error", error);
    return fail("Something went wrong on our side. Please try again; if your password was changed, sign in with the new one.");
  }
}
