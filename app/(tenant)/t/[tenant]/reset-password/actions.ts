"use server";

import { headers } from "next/headers";
import { fail, formDataToObject, GENERIC_ERROR, type ActionResult } from "@/lib/actions/result";
import { signInDeps } from "@/lib/auth";
import { resetPasswordWithLink } from "@/lib/auth/password-reset";

export async function resetPasswordAction(_prev: ActionResult<{ redirectTo: string }> | null, formData: FormData): Promise<ActionResult<{ redirectTo: string }>> {
  try {
    const result = await resetPasswordWithLink(await signInDeps(), formDataToObject(formData), await headers());
    if (!result.ok) return fail(result.error, result.fieldErrors);
    return { ok: true, data: { redirectTo: "/login?reason=password-reset" } };
  } catch (error) {
    console.error("[reset password] unexpected error", error);
    return fail(GENERIC_ERROR);
  }
}
