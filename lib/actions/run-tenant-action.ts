import type { z } from "zod";
import type { Database, Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { auditWriter, type Actor, type AuditWriter } from "@/lib/audit/record";
import type { CurrentUser, SessionState } from "@/lib/auth/session-state";
import { UserFacingError } from "@/lib/errors";
import type { Permission } from "@/lib/permissions/catalog";
import { hasPermission } from "@/lib/permissions/check";
import { claimIdempotencyKey, saveIdempotentResult } from "@/db/queries/idempotency-keys";
import { isConnectionLost } from "@/lib/connection-lost";
import { pgErrorCode } from "@/lib/errors";
import { fieldErrorsOf } from "./field-errors";
import { fingerprintOf, IDEMPOTENCY_FIELD, idempotencyKeyOf } from "./idempotency";
import { PASSWORD_CHANGE_DUE } from "./password-change-due";
import { fail, formDataToObject, GENERIC_ERROR, KEY_MISSING, KEY_REUSED, OUTCOME_UNKNOWN, OUTCOME_UNKNOWN_RETRY_SAFE, type ActionResult } from "./result";

export type ActionContext = {
  tx: Tx;
  user: CurrentUser;
  tenantId: string;
  timeZone: string;
  /** Writes an audit row (or, with `many`, a batch) in this action's transaction. */
  audit: AuditWriter;
  /** The workspace origin the request reached, for links in messages (null when unknown). */
  origin: string | null;
  /** Where the request came from, for audit rows written later by a background job. */
  client: { ip: string | null; userAgent: string | null };
};

/** What an action knows of its request: the runtime database, the session, the client. */
export type RequestContext = {
  db: Database;
  session: SessionState;
  info: { ip: string | null; userAgent: string | null; origin?: string };
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
  /**
   * For actions that create money records: the action's name for its
   * idempotency keys ("payment.post"). Every submission must carry the key
   * its form made when it opened; a retry with the same key returns the
   * first result (stored as JSON) instead of doing the work again, also when
   * two submissions race. The after-commit work runs again on a retry: the
   * first attempt may have lost it with its connection.
   */
  idempotent?: string;
};

/** Where the action's transaction was when it failed: only a failure after the handler returned leaves the outcome open. */
type Stage = "before" | "handler" | "committing";

/**
 * The chain every tenant server action runs, because every action is a public
 * endpoint: validate input -> session of this subdomain's tenant -> active
 * user -> permission -> withTenant transaction -> audit. Expected failures come
 * back as messages and field errors; anything else is logged and shown as a
 * generic message, which says nothing was saved only when that is known. A
 * lost database connection is tried once more when that cannot save twice.
 * Free of Next.js, so integration tests run it with a real database and a
 * session they choose.
 */
export async function runTenantAction<S extends z.ZodType, T>(
  config: ActionConfig<S, NoInfer<T>>,
  handler: (ctx: ActionContext, input: z.output<S>) => Promise<T>,
  formData: FormData,
  request: RequestContext,
): Promise<ActionResult<T>> {
  const progress = { stage: "before" as Stage };
  try {
    const raw = formDataToObject(formData);
    // The key is the chain's, not the handler's: no schema sees it.
    const key = idempotencyKeyOf(raw);
    delete raw[IDEMPOTENCY_FIELD];
    const parsed = config.schema.safeParse(raw);
    if (!parsed.success) return fail("Please correct the highlighted fields.", fieldErrorsOf(parsed.error));
    const { session } = request;
    if (session.state === "password-change-due") return fail(PASSWORD_CHANGE_DUE);
    if (session.state !== "signed-in") return fail("Your session has ended. Please sign in again.");
    if (config.permission && !hasPermission(session.user, config.permission)) {
      return fail("You do not have permission to do that.");
    }
    if (config.idempotent && !key) return fail(KEY_MISSING);
    const tenantId = session.tenant.id;
    const actor: Actor = { tenantId, userId: session.user.id, ip: request.info.ip, userAgent: request.info.userAgent };
    const attempt = () =>
      withTenantOn(request.db, tenantId, async (tx) => {
        progress.stage = "handler";
        const ctx: ActionContext = { tx, user: session.user, tenantId, timeZone: session.tenant.timeZone, audit: auditWriter(tx, actor), origin: request.info.origin ?? null, client: { ip: actor.ip, userAgent: actor.userAgent } };
        let result: T;
        if (config.idempotent && key) {
          const fingerprint = fingerprintOf(config.idempotent, session.user.id, parsed.data);
          const claim = await claimIdempotencyKey(tx, { tenantId, key, action: config.idempotent, fingerprint, userId: session.user.id });
          if (!claim.claimed) {
            // Already done, by an earlier attempt or a racing one: its result, nothing new.
            if (claim.action !== config.idempotent || claim.fingerprint !== fingerprint) throw new UserFacingError(KEY_REUSED);
            progress.stage = "committing";
            return claim.result as T;
          }
          result = await handler(ctx, parsed.data);
          await saveIdempotentResult(tx, { tenantId, key, result });
        } else {
          result = await handler(ctx, parsed.data);
        }
        progress.stage = "committing";
        return result;
      });
    let data: T;
    try {
      data = await attempt();
    } catch (error) {
      // A lost connection is tried once more, on a fresh one, when that cannot save twice: the work
      // rolled back (it never reached COMMIT), or the form's key returns what a committed first try saved.
      if (!isConnectionLost(error) || (progress.stage === "committing" && !config.idempotent)) throw error;
      console.warn("[action] lost the database connection; trying once more", error);
      progress.stage = "before";
      data = await attempt();
    }
    if (config.afterCommit) {
      await config.afterCommit(data, { db: request.db, tenantId, timeZone: session.tenant.timeZone }).catch((error: unknown) => {
        console.error("[action] after-commit work failed", error);
      });
    }
    return { ok: true, data };
  } catch (error) {
    // Thrown by the checks or the handler: the transaction rolled back.
    if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
    if (isNextControlFlow(error)) throw error;
    console.error("[action] unexpected error", error);
    if (progress.stage === "committing" && !committedNothing(error)) return fail(config.idempotent ? OUTCOME_UNKNOWN_RETRY_SAFE : OUTCOME_UNKNOWN);
    return fail(GENERIC_ERROR);
  }
}

/**
 * An error at COMMIT is known to have saved nothing only when the server
 * answered it (a serialization failure, a deferred constraint). A lost
 * connection, or anything else, leaves the COMMIT's fate unknown.
 */
function committedNothing(error: unknown): boolean {
  return pgErrorCode(error) !== undefined && !isConnectionLost(error);
}

/** redirect() and notFound() signal by throwing; they must pass through. */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK|NEXT_NOT_FOUND)/.test(digest);
}
