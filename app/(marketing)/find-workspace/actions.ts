"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getConnection } from "@/db/client";
import { isSlugTaken } from "@/db/system";
import { fieldErrorsOf } from "@/lib/actions/field-errors";
import { fail, formDataToObject, GENERIC_ERROR, type ActionResult } from "@/lib/actions/result";
import { env } from "@/lib/env";
import { counterStore } from "@/lib/rate-limit";
import { requestHost, requestInfo } from "@/lib/request-info";
import { workspaceOrigin } from "@/lib/request-origin";
import { mailWorkspaceList } from "@/lib/signup/find-workspace";
import { originFor } from "@/lib/urls";
import { email } from "@/lib/validations/fields";

const bySubdomain = z.object({ subdomain: z.string().trim().toLowerCase().min(1, "Enter your workspace's subdomain.") });
const byEmail = z.object({ email });

async function tooMany(kind: string): Promise<boolean> {
  const ip = requestInfo(await headers()).ip ?? "unknown";
  return (await counterStore().increment(`find-workspace:${kind}:${ip}`, 15 * 60)).count > 20;
}

/** Goes to the workspace's sign-in page when the subdomain exists. */
export async function goToWorkspace(
  _prev: ActionResult<{ redirectTo: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ redirectTo: string }>> {
  try {
    const parsed = bySubdomain.safeParse(formDataToObject(formData));
    if (!parsed.success) return fail("Please correct the highlighted field.", fieldErrorsOf(parsed.error));
    if (await tooMany("slug")) return fail("Too many tries. Please wait 15 minutes.");
    const slug = parsed.data.subdomain.replace(new RegExp(`\\.${env.ROOT_DOMAIN.replace(/\./g, "\\.")}.*$`), "");
    const { app } = await getConnection();
    if (!(await isSlugTaken(app, slug))) {
      return fail("We found no workspace at that address.", { subdomain: [`There is no workspace at ${slug}.${env.ROOT_DOMAIN}.`] });
    }
    return { ok: true, data: { redirectTo: `${await workspaceOrigin(slug)}/login` } };
  } catch (error) {
    unstable_rethrow(error);
    console.error("[find-workspace] unexpected error", error);
    return fail(GENERIC_ERROR);
  }
}

/** Emails the list of workspaces; answers the same whether or not the email has any. */
export async function emailWorkspaces(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    const parsed = byEmail.safeParse(formDataToObject(formData));
    if (!parsed.success) return fail("Please correct the highlighted field.", fieldErrorsOf(parsed.error));
    if (await tooMany("email")) return fail("Too many tries. Please wait 15 minutes.");
    const h = await headers();
    const proto = h.get("x-forwarded-proto") ?? "http";
    const { jobs } = await getConnection();
    const host = requestHost(h);
    // After the answer is sent: the lookup and an SMTP round trip would otherwise make the reply
    // slower for an email that has workspaces, telling a stranger what the text does not.
    after(() =>
      mailWorkspaceList(jobs, parsed.data.email, (slug) => originFor(slug, host, env.ROOT_DOMAIN, proto)).catch((error: unknown) =>
        // The message only: a provider error's cause can quote the SMTP URL with its password.
        console.error("[find-workspace] could not send the workspace list:", error instanceof Error ? error.message : String(error)),
      ),
    );
    return {
      ok: true,
      data: undefined,
      message: `If ${parsed.data.email} has a FiberBill account, we have sent it the list of its workspaces. Check your inbox.`,
    };
  } catch (error) {
    unstable_rethrow(error);
    console.error("[find-workspace] unexpected error", error);
    return fail(GENERIC_ERROR);
  }
}
