import type { Database } from "@/db/types";
import { reconnectAfterPayment } from "@/lib/collections/reconnections";
import { deliverDueMessages } from "@/lib/notify/sender";
import { EVENTS, type BackgroundJobData, type OutboxFlushData, type PaymentPostedData } from "./names";

export type AppEvent =
  | { name: typeof EVENTS.paymentPosted; data: PaymentPostedData }
  | { name: typeof EVENTS.outboxFlush; data: OutboxFlushData }
  | { name: typeof EVENTS.backgroundJob; data: BackgroundJobData };

/** Hands an event to a job runner. The domain names events; a runner module (inngest/) sends them. */
export type EventSender = (event: AppEvent) => Promise<void>;

// On globalThis: Next.js bundles instrumentation.ts (which registers the
// sender at start-up) apart from the routes that publish, so a module-level
// variable would be a different one in each bundle.
const SENDER = Symbol.for("fiberbill.eventSender");
type SenderSlot = { [SENDER]?: EventSender | null };

/** Registers the job runner's sender (instrumentation.ts, when Inngest is configured); null goes back to in-process. */
export function setEventSender(sender: EventSender | null): void {
  (globalThis as SenderSlot)[SENDER] = sender;
}

/** The registered job runner's sender, or null when work runs in this process. */
export function registeredEventSender(): EventSender | null {
  return (globalThis as SenderSlot)[SENDER] ?? null;
}

/**
 * Sends an event to the registered job runner, or, where none is registered
 * (no Inngest configured, a script, a test), does its work here and now
 * (after the change that caused it committed). Either way the daily job
 * catches up anything missed, so a failure here loses nothing.
 */
export async function publish(db: Database, event: AppEvent): Promise<void> {
  const sender = (globalThis as SenderSlot)[SENDER];
  if (sender) {
    await sender(event);
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
    case EVENTS.backgroundJob:
      // Long work has its own in-process queue (lib/background/dispatch.ts), never run inline here.
      throw new Error("Background jobs are dispatched with dispatchBackgroundJob, not published in-process.");
  }
}
