import { desc, eq } from "drizzle-orm";
import { outboxMessages, workItems } from "../schema";
import type { Tx } from "../types";

/** The latest messages sent (or kept) for one customer, newest first. */
export async function recentMessagesFor(tx: Tx, { customerId, limit = 8 }: { customerId: string; limit?: number }) {
  return tx
    .select({
      id: outboxMessages.id,
      channel: outboxMessages.channel,
      templateKey: outboxMessages.templateKey,
      body: outboxMessages.body,
      status: outboxMessages.status,
      createdAt: outboxMessages.createdAt,
      sentAt: outboxMessages.sentAt,
    })
    .from(outboxMessages)
    .where(eq(outboxMessages.customerId, customerId))
    .orderBy(desc(outboxMessages.createdAt))
    .limit(limit);
}

/** One customer's field jobs, newest first. */
export async function workItemsFor(tx: Tx, { customerId, limit = 8 }: { customerId: string; limit?: number }) {
  return tx
    .select({ id: workItems.id, kind: workItems.kind, dueOn: workItems.dueOn, status: workItems.status, reason: workItems.reason, doneAt: workItems.doneAt, note: workItems.note })
    .from(workItems)
    .where(eq(workItems.customerId, customerId))
    .orderBy(desc(workItems.createdAt))
    .limit(limit);
}
