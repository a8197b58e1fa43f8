"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { cookies, headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { fail, formDataToObject, GENERIC_ERROR, type ActionResult } from "@/lib/actions/result";
import { signIn } from "@/lib/auth";
import { deviceAccount, knownDeviceCookie, readKnownDevice } from "@/lib/auth/known-device";
import { usesSecureCookie } from "@/lib/auth/session-cookie";
import { env } from "@/lib/env";
import { sameOriginPath } from "@/lib/http/safe-redirect";
import { retryMessage } from "@/lib/rate-limit/login-limiter";
import { requestHost } from "@/lib/request-info";
import { currentOrigin } from "@/lib/request-origin";
import { tenantSlugFromHost } from "@/lib/tenancy/subdomain";

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

/**
 * After a successful sign-in: this browser is a known device of the account
 * from now on (its own failed-attempt count, see lib/auth/known-device.ts).
 */
async function rememberDevice(email: string): Promise<void> {
  const h = await headers();
  const slug = tenantSlugFromHost(requestHost(h), env.ROOT_DOMAIN);
  if (!slug) return;
  const account = deviceAccount(slug, email);
  const secure = usesSecureCookie(h);
  const cookie = knownDeviceCookie(account, readKnownDevice(h.get("cookie"), account, env.AUTH_SECRET, secure), env.AUTH_SECRET, secure);
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
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
    await rememberDevice(parsed.data.email);
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
