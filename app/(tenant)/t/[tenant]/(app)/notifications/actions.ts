"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getConnection } from "@/db/client";
import { requeueMessage } from "@/db/queries/outbox";
import type { Database } from "@/db/types";
import { fail, GENERIC_ERROR, type ActionResult } from "@/lib/actions/result";
import type { RequestContext } from "@/lib/actions/run-tenant-action";
import { tenantAction } from "@/lib/actions/tenant-action";
import { UserFacingError } from "@/lib/errors";
import { deliverDueMessages, type DeliveryCounts } from "@/lib/notify/sender";
import { retryMessageSchema } from "@/lib/validations/outbox-list";

/** "Send now" delivers at most this many messages per click; the scheduler does the rest. */
const SEND_NOW_LIMIT = 50;

/** The retry button: a failed message (or one waiting out a backoff) becomes due now. */
export const retryMessageAction = tenantAction({ schema: retryMessageSchema, permission: "notifications.manage", revalidate: ["/notifications"] }, async (ctx, { id }) => {
  const requeued = await requeueMessage(ctx.tx, { id, now: new Date() });
  if (!requeued) throw new UserFacingError("That message is being sent or was already delivered, so there is nothing to retry.");
  await ctx.audit({ action: "outbox_message.retry", entityType: "outbox_message", entityId: id, before: { status: requeued.status }, after: { status: "queued" } });
  return { message: "Queued again. Send now to deliver it, or the scheduler will within minutes." };
});

/**
 * Checks the session and permission and records who asked, in the usual
 * action transaction. The sending itself runs after that transaction: the
 * sender opens its own short transactions (PGlite has a single connection,
 * and a provider call must not hold a transaction open).
 */
const authorizeSendNow = tenantAction({ schema: z.object({}), permission: "notifications.manage" }, async (ctx) => {
  await ctx.audit({ action: "outbox.send_now", entityType: "outbox" });
  return { tenantId: ctx.tenantId };
});

async function sendNow(allowed: ActionResult<{ tenantId: string }>, db: () => Promise<Database>): Promise<ActionResult<{ message: string; counts: DeliveryCounts }>> {
  if (!allowed.ok) return allowed;
  try {
    const counts = await deliverDueMessages(await db(), allowed.data.tenantId, { limit: SEND_NOW_LIMIT });
    return { ok: true, data: { message: describe(counts), counts } };
  } catch (error) {
    console.error("[outbox] send now failed", error);
    return fail(GENERIC_ERROR);
  }
}

function describe(c: DeliveryCounts): string {
  const parts = [
    c.sent ? `${c.sent} sent` : null,
    c.logged ? `${c.logged} kept as logged` : null,
    c.retried ? `${c.retried} will be retried` : null,
    c.failed ? `${c.failed} failed` : null,
  ].filter(Boolean);
  return parts.length === 0 ? "No messages were due." : `Done: ${parts.join(", ")}.`;
}

/** "Send now": delivers this workspace's due messages at once instead of waiting for the scheduler. */
export const sendNowAction = Object.assign(
  async (_prev: ActionResult<{ message: string; counts: DeliveryCounts }> | null, formData: FormData) => {
    const result = await sendNow(await authorizeSendNow(null, formData), async () => (await getConnection()).app);
    if (result.ok) revalidatePath("/notifications");
    return result;
  },
  { runWith: async (request: RequestContext, formData: FormData) => sendNow(await authorizeSendNow.runWith(request, formData), async () => request.db) },
);
