"use server";

import { headers } from "next/headers";
import { fail, formDataToObject, GENERIC_ERROR, type ActionResult } from "@/lib/actions/result";
import { signInDeps } from "@/lib/auth";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { waitMessage } from "@/lib/rate-limit/fixed-window";
import { currentOrigin } from "@/lib/request-origin";

/** Said whether or not the email has an account here (OWASP: no account enumeration). */
const RESET_REQUESTED =
  "If that email belongs to an account in this workspace, we have sent it a link to choose a new password. The link works for 30 minutes. Check your spam folder too.";

export async function requestPasswordResetAction(_prev: ActionResult<{ message: string }> | null, formData: FormData): Promise<ActionResult<{ message: string }>> {
  try {
    const result = await requestPasswordReset(await signInDeps(), formDataToObject(formData), await headers(), await currentOrigin());
    if (result.ok) return { ok: true, data: { message: RESET_REQUESTED } };
    if ("retryAfterSeconds" in result) return fail(waitMessage(result.retryAfterSeconds, "requests"));
    return fail("Please correct the highlighted fields.", result.fieldErrors);
  } catch (error) {
    console.error("[forgot password] unexpected error", error);
    return fail(GENERIC_ERROR);
  }
}
