"use server";

import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getConnection } from "@/db/client";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { fail, formDataToObject, GENERIC_ERROR, type ActionResult } from "@/lib/actions/result";
import { mintHandoffToken } from "@/lib/auth/handoff-token";
import { env } from "@/lib/env";
import { UserFacingError } from "@/lib/errors";
import { counterStore } from "@/lib/rate-limit";
import { workspaceOrigin } from "@/lib/request-origin";
import { requestInfo } from "@/lib/request-info";
import { provisionTenant } from "@/lib/tenancy/provision";
import { signupSchema } from "@/lib/validations/signup";

type Redirect = { redirectTo: string };

/** Sign-up: creates the ISP and its owner, then hands the owner to the new subdomain, signed in. */
export async function signUp(_prev: ActionResult<Redirect> | null, formData: FormData): Promise<ActionResult<Redirect>> {
  try {
    const parsed = signupSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) return fail("Please correct the highlighted fields.", fieldErrorsOf(parsed.error));
    const info = requestInfo(await headers());
    const attempts = await counterStore().increment(`signup:${info.ip ?? "unknown"}`, 60 * 60);
    if (attempts.count > env.SIGNUPS_PER_IP_PER_HOUR) return fail("Too many sign-ups from your network. Please try again in an hour.");
    const { app } = await getConnection();
    const tenant = await provisionTenant(app, parsed.data, info);
    const token = mintHandoffToken({ uid: tenant.userId, tid: tenant.tenantId, slug: tenant.slug }, env.AUTH_SECRET);
    return { ok: true, data: { redirectTo: `${await workspaceOrigin(tenant.slug)}/welcome?token=${encodeURIComponent(token)}` } };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
    console.error("[signup] unexpected error", error);
    return fail(GENERIC_ERROR);
  }
}
