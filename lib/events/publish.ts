import type { Database } from "@/db/types";
import { inngest } from "@/inngest/client";
import { reconnectAfterPayment } from "@/lib/collections/reconnections";
import { deliverDueMessages } from "@/lib/notify/sender";
import { EVENTS, type OutboxFlushData, type PaymentPostedData } from "./names";
import { inngestConfigured } from "./inngest-configured";

export type AppEvent = { name: typeof EVENTS.paymentPosted; data: PaymentPostedData } | { name: typeof EVENTS.outboxFlush; data: OutboxFlushData };

/**
 * Sends an event to Inngest, or, where Inngest is not configured, does its
 * work here and now (after the change that caused it committed). Either way
 * the daily job catches up anything missed, so a failure here loses nothing.
 */
export async function publish(db: Database, event: AppEvent): Promise<void> {
  if (inngestConfigured()) {
    await inngest.send(event);
    return;
  }
  await handleInProcess(db, event);
}

export async function handleInProcess(db: Database, event: AppEvent, opts: { quiet?: boolean } = {}): Promise<void> {
  switch (event.name) {
    case EVENTS.paymentPosted: {
      const { tenantId, customerId, date } = event.data;
      await reconnectAfterPayment(db, tenantId, customerId, date);
      await deliverDueMessages(db, tenantId, opts);
      return;
    }
    case EVENTS.outboxFlush:
      await deliverDueMessages(db, event.data.tenantId, opts);
      return;
  }
}
