import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { withTenant } from "@/db/tenant";
import type { Tx } from "@/db/types";
import { getSessionState, type CurrentUser } from "@/lib/auth/current";
import { recordAudit, type Actor, type AuditEntry } from "@/lib/audit/record";
import { UserFacingError } from "@/lib/errors";
import type { Permission } from "@/lib/permissions/catalog";
import { hasPermission } from "@/lib/permissions/check";
import { requestInfo } from "@/lib/request-info";
import { fieldErrorsOf } from "./field-errors";
import { fail, formDataToObject, GENERIC_ERROR, type ActionResult } from "./result";

export type ActionContext = {
  tx: Tx;
  user: CurrentUser;
  tenantId: string;
  /** Writes an audit row in this action's transaction. */
  audit: (entry: AuditEntry) => Promise<void>;
};

/**
 * The one chain every tenant server action goes through, because every action
 * is a public endpoint: validate input -> session of this subdomain's tenant ->
 * active user -> permission -> withTenant transaction -> audit. Expected
 * failures come back as field errors; anything else is logged and shown as a
 * generic message.
 */
export function tenantAction<S extends z.ZodType, T>(
  config: { schema: S; permission: Permission | null },
  handler: (ctx: ActionContext, input: z.output<S>) => Promise<T>,
) {
  return async function action(_prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> {
    try {
      const parsed = config.schema.safeParse(formDataToObject(formData));
      if (!parsed.success) return fail("Please correct the highlighted fields.", fieldErrorsOf(parsed.error));
      const session = await getSessionState();
      if (session.state !== "signed-in") return fail("Your session has ended. Please sign in again.");
      if (config.permission && !hasPermission(session.user, config.permission)) {
        return fail("You do not have permission to do that.");
      }
      const info = requestInfo(await headers());
      const actor: Actor = { tenantId: session.tenant.id, userId: session.user.id, ...info };
      const data = await withTenant(session.tenant.id, (tx) =>
        handler({ tx, user: session.user, tenantId: session.tenant.id, audit: (e) => recordAudit(tx, actor, e) }, parsed.data),
      );
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof UserFacingError) return fail(error.message, error.fieldErrors);
      console.error("[action] unexpected error", error);
      return fail(GENERIC_ERROR);
    }
  };
}
