import { reconnectAfterPayment } from "@/lib/collections/reconnections";
import { EVENTS, type PaymentPostedData } from "@/lib/events/names";
import { inngest } from "../client";
import type { FunctionDeps } from "../deps";

/** A payment was posted: if it cleared a suspended customer's balance, start the reconnection. */
export function reconnectOnPayment(deps: FunctionDeps) {
  return inngest.createFunction(
    { id: "reconnect-on-payment", triggers: [{ event: EVENTS.paymentPosted }], concurrency: { key: "event.data.tenantId", limit: 1 } },
    async ({ event, step }) => {
      const { tenantId, customerId, date } = event.data as PaymentPostedData;
      const result = await step.run("reconnect", async () => reconnectAfterPayment(await deps.db(), tenantId, customerId, date));
      if (result.messages > 0) await step.sendEvent("send-messages", { name: EVENTS.outboxFlush, data: { tenantId } });
      return result;
    },
  );
}
