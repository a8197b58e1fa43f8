import { activeTenants } from "@/db/system";
import { EVENTS, type TenantDailyData } from "@/lib/events/names";
import { DAILY_STEPS, failRunningJobs, finishJobRun, runDailyStep, startJobRun, type DailySummary } from "@/lib/jobs/daily";
import { DAILY_CRON, tenantsDueForDailyRun } from "@/lib/jobs/schedule";
import { inngest } from "../client";
import type { FunctionDeps } from "../deps";

/** Every hour at :05, one "tenant.daily" event for each active tenant whose local time is 00:05. */
export function dailyFanOut(deps: FunctionDeps) {
  return inngest.createFunction({ id: "daily-fan-out", triggers: [{ cron: DAILY_CRON }] }, async ({ event, step }) => {
    const now = new Date(event.ts ?? Date.now());
    const due = await step.run("find-tenants", async () => tenantsDueForDailyRun(await activeTenants(await deps.jobs()), now));
    if (due.length === 0) return { tenants: 0 };
    await step.sendEvent(
      "fan-out",
      // The event id makes a second tick for the same tenant and day a no-op at Inngest.
      due.map((t) => ({ name: EVENTS.tenantDaily, id: `daily-${t.tenantId}-${t.date}`, data: { tenantId: t.tenantId, date: t.date } satisfies TenantDailyData })),
    );
    return { tenants: due.length };
  });
}

/**
 * One tenant's day, one durable step per pipeline step, one run at a time
 * per tenant. A failed step is retried by Inngest; each step is idempotent
 * for its date, so a retry adds nothing twice.
 */
export function tenantDaily(deps: FunctionDeps) {
  return inngest.createFunction(
    {
      id: "tenant-daily",
      triggers: [{ event: EVENTS.tenantDaily }],
      concurrency: { key: "event.data.tenantId", limit: 1 },
      retries: 4,
      onFailure: async ({ event, error }) => {
        const { tenantId, date } = (event.data as { event: { data: TenantDailyData } }).event.data;
        await failRunningJobs(await deps.db(), tenantId, date, error.message);
      },
    },
    async ({ event, step }) => {
      const { tenantId, date } = event.data as TenantDailyData;
      const runId = await step.run("start", async () => startJobRun(await deps.db(), tenantId, date, "schedule", null));
      const summary: DailySummary = {};
      for (const name of DAILY_STEPS) {
        summary[name] = await step.run(name, async () =>
          runDailyStep(await deps.db(), tenantId, date, name, summary, { runId, trigger: "schedule", afterWork: deps.faults?.afterStep }),
        );
      }
      await step.run("finish", async () => finishJobRun(await deps.db(), tenantId, runId, summary));
      await step.sendEvent("send-messages", { name: EVENTS.outboxFlush, data: { tenantId } });
      return summary;
    },
  );
}
