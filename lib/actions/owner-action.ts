import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { z } from "zod";
import { getConnection } from "@/db/client";
import type { Database } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { recordAudit, type Actor, type AuditEntry } from "@/lib/audit/record";
import { getSessionState, type CurrentUser } from "@/lib/auth/current";
import { UserFacingError } from "@/lib/errors";
import { requestInfo } from "@/lib/request-info";
import { fieldErrorsOf } from "./field-errors";
import { PASSWORD_CHANGE_DUE } from "./password-change-due";
import { fail, formDataToObject, type ActionResult } from "./result";
import type { RequestContext } from "./run-tenant-action";

/**
 * What an owner-only action gets. Unlike a tenant action there is no
 * surrounding transaction: the work it starts (the daily pipeline) opens one
 * transaction per step on the runtime database, so a failed step keeps the
 * steps before it. The audit row is written in a transaction of its own.
 */
export type OwnerActionContext = {
  db: Database;
  user: CurrentUser;
  tenantId: string;
  timeZone: string;
  audit: (entry: AuditEntry) => Promise<void>;
};

export type OwnerActionConfig<S extends z.ZodType> = { schema: S; revalidate?: string[] };

export const OWNER_ONLY = "Only the account owner can do that.";

const PARTLY_DONE = "Something went wrong on our side, and part of the work may have been saved. Please check what was done before trying again.";

/**
 * The chain of an action only the tenant's owner may call (no role grants it,
 * not even one holding every permission): session of this subdomain's tenant
 * -> owner -> validate input -> handler -> audit. Free of Next.js, so tests
 * run it with a session they choose.
 */
export async function runOwnerAction<S extends z.ZodType, T>(
  config: OwnerActionConfig<S>,
  handler: (ctx: OwnerActionContext, input: z.output<S>) => Promise<T>,
  formData: FormData,
  request: RequestContext,
): Promise<ActionResult<T>> {
  try {
    const { session } = request;
    if (session.state === "password-change-due") return fail(PASSWORD_CHANGE_DUE);
    if (session.state !== "signed-in") return fail("Your session has ended. Please sign in again.");
    // Before validation: someone who may not act learns nothing from field errors.
    if (!session.user.isTenantOwner) return fail(OWNER_ONLY);
    const parsed = config.schema.safeParse(formDataToObject(formData));
    if (!parsed.success) return fail("Please correct the highlighted fields.", fieldErrorsOf(parsed.error));
    const tenantId = session.tenant.id;
    const actor: Actor = { tenantId, userId: session.user.id, ...request.info };
    const ctx: OwnerActionContext = {
      db: request.db,
      user: session.user,
      tenantId,
      timeZone: session.tenant.timeZone,
      audit: (e) => withTenantOn(request.db, tenantId, (tx) => recordAudit(tx, actor, e)),
    };
    return { ok: true, data: await handler(ctx, parsed.data) };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
    if (isNextControlFlow(error)) throw error;
    console.error("[owner action] unexpected error", error);
    // The handler commits step by step (the daily job): "nothing was saved" would not be true.
    return fail(PARTLY_DONE);
  }
}

/** redirect() and notFound() signal by throwing; they must pass through (as in run-tenant-action.ts). */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK|NEXT_NOT_FOUND)/.test(digest);
}

/** Wraps an owner-only handler as a server action for useActionState; `runWith` is for integration tests. */
export function ownerAction<S extends z.ZodType, T>(config: OwnerActionConfig<S>, handler: (ctx: OwnerActionContext, input: z.output<S>) => Promise<T>) {
  async function action(_prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> {
    const request: RequestContext = {
      db: (await getConnection()).app,
      session: await getSessionState(),
      info: requestInfo(await headers()),
    };
    const result = await runOwnerAction(config, handler, formData, request);
    // Also after a failure: a run that stopped partway still left its record.
    if (result.ok || Object.keys(result.fieldErrors).length === 0) for (const path of config.revalidate ?? []) revalidatePath(path);
    return result;
  }
  return Object.assign(action, {
    runWith: (request: RequestContext, formData: FormData) => runOwnerAction(config, handler, formData, request),
    /** What the action accepts, for tests that send it every kind of input. */
    schema: config.schema,
  });
}
