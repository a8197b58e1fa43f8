"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { fail, formDataToObject, GENERIC_ERROR, type ActionResult } from "@/lib/actions/result";
import { signIn } from "@/lib/auth";
import { sameOriginPath } from "@/lib/http/safe-redirect";
import { retryMessage } from "@/lib/rate-limit/login-limiter";
import { currentOrigin } from "@/lib/request-origin";

type Redirect = { redirectTo: string };
const BAD_CREDENTIALS = "That email and password do not match an active account in this workspace.";

const loginSchema = z.object({
  email: z.string().trim().min(1, "Enter your email."),
  password: z.string().min(1, "Enter your password."),
  next: z.string().optional(),
});

/** Where to go after sign-in: `next` when it is a path on this workspace, the dashboard otherwise. */
async function safeNext(next: string | undefined): Promise<string> {
  return sameOriginPath(next, await currentOrigin()) ?? "/";
}

export async function logIn(_prev: ActionResult<Redirect> | null, formData: FormData): Promise<ActionResult<Redirect>> {
  const parsed = loginSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fail("Please correct the highlighted fields.", fieldErrorsOf(parsed.error));
  try {
    const redirectTo = await safeNext(parsed.data.next);
    const url: string = await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo,
      redirect: false,
    });
    if (new URL(url, "http://x").searchParams.has("error")) return fail(BAD_CREDENTIALS);
    return { ok: true, data: { redirectTo } };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof CredentialsSignin) {
      const limited = /^rate_limited:(\d+)$/.exec(error.code);
      if (limited) return fail(retryMessage(Number(limited[1])));
      return fail(BAD_CREDENTIALS);
    }
    if (error instanceof AuthError) return fail("We could not sign you in. Please try again.");
    console.error("[login] unexpected error", error);
    return fail(GENERIC_ERROR);
  }
}
