import { unstable_rethrow } from "next/navigation";
import type { Database } from "@/db/types";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { fail, formDataToObject, GENERIC_ERROR, type ActionResult } from "@/lib/actions/result";
import { mintHandoffToken } from "@/lib/auth/handoff-token";
import { env } from "@/lib/env";
import { UserFacingError } from "@/lib/errors";
import { counterStore } from "@/lib/rate-limit";
import { provisionTenant } from "@/lib/tenancy/provision";
import { signupSchema } from "@/lib/validations/signup";

/** What the sign-up action knows of its request: the runtime database, the client, and how to reach a workspace. */
export type SignupRequest = {
  /** Opened inside the action, so a database that is down gets the generic message. */
  db: () => Promise<Database>;
  info: { ip: string | null; userAgent: string | null };
  workspaceOrigin: (slug: string) => Promise<string>;
};

/**
 * Sign-up: validate, limit per IP, create the ISP and its owner, then hand the
 * owner to the new subdomain, signed in. Free of Next.js's request, so
 * integration tests run it with a real database; the server action in
 * app/(marketing)/actions.ts gives it the request's.
 */
export async function runSignUp(request: SignupRequest, formData: FormData): Promise<ActionResult<{ redirectTo: string }>> {
  try {
    const parsed = signupSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return fail("Please correct the highlighted fields.", fieldErrorsOf(parsed.error));
    const attempts = await counterStore().increment(`signup:${request.info.ip ?? "unknown"}`, 60 * 60);
    if (attempts.count > env.SIGNUPS_PER_IP_PER_HOUR) return fail("Too many sign-ups from your network. Please try again in an hour.");
    const tenant = await provisionTenant(await request.db(), parsed.data, request.info);
    const token = mintHandoffToken({ uid: tenant.userId, tid: tenant.tenantId, slug: tenant.slug }, env.AUTH_SECRET);
    return { ok: true, data: { redirectTo: `${await request.workspaceOrigin(tenant.slug)}/welcome?token=${encodeURIComponent(token)}` } };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
    console.error("[signup] unexpected error", error);
    return fail(GENERIC_ERROR);
  }
}
