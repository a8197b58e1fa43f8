import type { z } from "zod";
import type { Database, Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { recordAudit, type Actor, type AuditEntry } from "@/lib/audit/record";
import type { CurrentUser, SessionState } from "@/lib/auth/session-state";
import { UserFacingError } from "@/lib/errors";
import type { Permission } from "@/lib/permissions/catalog";
import { hasPermission } from "@/lib/permissions/check";
import { fieldErrorsOf } from "./field-errors";
import { fail, formDataToObject, GENERIC_ERROR, type ActionResult } from "./result";

export type ActionContext = {
  tx: Tx;
  user: CurrentUser;
  tenantId: string;
  timeZone: string;
  /** Writes an audit row in this action's transaction. */
  audit: (entry: AuditEntry) => Promise<void>;
};

/** What an action knows of its request: the runtime database, the session, the client. */
export type RequestContext = {
  db: Database;
  session: SessionState;
  info: { ip: string | null; userAgent: string | null };
};

export type ActionConfig<S extends z.ZodType, T = unknown> = {
  schema: S;
  permission: Permission | null;
  /** Paths whose cached pages the change makes stale. */
  revalidate?: string[];
  /**
   * Runs after the transaction committed (e.g. send an event). A failure here
   * is logged, not shown: the change itself is done.
   */
  afterCommit?: (data: T, committed: { db: Database; tenantId: string; timeZone: string }) => Promise<void>;
};

/**
 * The chain every tenant server action runs, because every action is a public
 * endpoint: validate input -> session of this subdomain's tenant -> active
 * user -> permission -> withTenant transaction -> audit. Expected failures come
 * back as messages and field errors; anything else is logged and shown as a
 * generic message. Free of Next.js, so integration tests run it with a real
 * database and a session they choose.
 */
export async function runTenantAction<S extends z.ZodType, T>(
  config: ActionConfig<S, NoInfer<T>>,
  handler: (ctx: ActionContext, input: z.output<S>) => Promise<T>,
  formData: FormData,
  request: RequestContext,
): Promise<ActionResult<T>> {
  try {
    const parsed = config.schema.safeParse(formDataToObject(formData));
    if (!parsed.success) return fail("Please correct the highlighted fields.", fieldErrorsOf(parsed.error));
    const { session } = request;
    if (session.state !== "signed-in") return fail("Your session has ended. Please sign in again.");
    if (config.permission && !hasPermission(session.user, config.permission)) {
      return fail("You do not have permission to do that.");
    }
    const actor: Actor = { tenantId: session.tenant.id, userId: session.user.id, ...request.info };
    const data = await withTenantOn(request.db, session.tenant.id, (tx) =>
      handler(
        { tx, user: session.user, tenantId: session.tenant.id, timeZone: session.tenant.timeZone, audit: (e) => recordAudit(tx, actor, e) },
        parsed.data,
      ),
    );
    if (config.afterCommit) {
      await config.afterCommit(data, { db: request.db, tenantId: session.tenant.id, timeZone: session.tenant.timeZone }).catch((error: unknown) => {
        console.error("[action] after-commit work failed", error);
      });
    }
    return { ok: true, data };
  } catch (error) {
    if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
    if (isNextControlFlow(error)) throw error;
    console.error("[action] unexpected error", error);
    return fail(GENERIC_ERROR);
  }
}

/** redirect() and notFound() signal by throwing; they must pass through. */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK|NEXT_NOT_FOUND)/.test(digest);
}
