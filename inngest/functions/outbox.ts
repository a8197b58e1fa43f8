import { tenantsWithDueMessages } from "@/db/system";
import { EVENTS, type OutboxFlushData } from "@/lib/events/names";
import { OUTBOX_CRON } from "@/lib/jobs/schedule";
import { inngest } from "../client";
import type { FunctionDeps } from "../deps";

/** Delivers one tenant's due messages; one sender per tenant at a time. */
export function sendOutbox(deps: FunctionDeps) {
  return inngest.createFunction(
    { id: "send-outbox", triggers: [{ event: EVENTS.outboxFlush }], concurrency: { key: "event.data.tenantId", limit: 1 } },
    async ({ event, step }) => {
      const { tenantId } = event.data as OutboxFlushData;
      return step.run("deliver", async () => deps.deliver(await deps.db(), tenantId));
    },
  );
}

/** Every few minutes: wake the sender for tenants with messages due (retries whose backoff has passed). */
export function outboxSweep(deps: FunctionDeps) {
  return inngest.createFunction({ id: "outbox-sweep", triggers: [{ cron: OUTBOX_CRON }] }, async ({ step }) => {
    const tenants = await step.run("find-tenants", async () => tenantsWithDueMessages(await deps.jobs()));
    if (tenants.length === 0) return { tenants: 0 };
    await step.sendEvent("flush", tenants.map((tenantId) => ({ name: EVENTS.outboxFlush, data: { tenantId } satisfies OutboxFlushData })));
    return { tenants: tenants.length };
  });
}
