import { and, eq, sql } from "drizzle-orm";
import { jobRuns } from "@/db/schema";
import type { Database } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import type { IsoDate } from "@/lib/billing/dates";
import { runBillingAndNotify } from "@/lib/collections/billing-step";
import { queueDailySummary, type DailyCounts } from "@/lib/collections/daily-summary";
import { applyLateFees } from "@/lib/collections/late-fees";
import { markOverdue } from "@/lib/collections/overdue";
import { requestReconnections } from "@/lib/collections/reconnections";
import { sendDueReminders } from "@/lib/collections/reminders";
import { stepContext, type StepCtx } from "@/lib/collections/step-context";
import { suspendUnpaid } from "@/lib/collections/suspensions";

/**
 * The daily pipeline of one tenant, in order. Each step is its own
 * transaction and safe to run again for the same date (a retried or repeated
 * step finds its work done and adds nothing), which is what lets Inngest
 * retry a failed step and lets `npm run jobs:daily` replay days.
 */
export const DAILY_STEPS = ["billing", "overdue", "late-fees", "reminders", "suspensions", "reconnections", "summary"] as const;
export type DailyStep = (typeof DAILY_STEPS)[number];
export type StepCounts = Record<string, number>;
export type DailySummary = Partial<Record<DailyStep, StepCounts>>;

export const STEP_LABELS: Record<DailyStep, string> = {
  billing: "Billing run",
  overdue: "Overdue invoices",
  "late-fees": "Late fees",
  reminders: "Due-date reminders",
  suspensions: "Suspensions",
  reconnections: "Reconnections",
  summary: "Owner's summary",
};

export type RunOptions = {
  userId?: string | null;
  /** Called inside each step's transaction after its work, before commit (tests use it to make a step fail). */
  afterWork?: (step: DailyStep) => void;
};

export async function runDailyStep(db: Database, tenantId: string, date: IsoDate, step: DailyStep, done: DailySummary, opts: RunOptions = {}): Promise<StepCounts> {
  const userId = opts.userId ?? null;
  return withTenantOn(db, tenantId, async (tx) => {
    const ctx = await stepContext(tx, tenantId, date, userId);
    const counts = await work(ctx, step, done);
    opts.afterWork?.(step);
    return counts;
  });
}

/** One step's work for the day (ctx.today); `done` holds what the earlier steps counted. */
async function work(ctx: StepCtx, step: DailyStep, done: DailySummary): Promise<StepCounts> {
  switch (step) {
    case "billing": {
      const r = await runBillingAndNotify(ctx, ctx.tenantId, ctx.today);
      return { invoices: r.invoices.length, total: r.total, messages: r.messages };
    }
    case "overdue":
      return markOverdue(ctx);
    case "late-fees":
      return applyLateFees(ctx);
    case "reminders":
      return sendDueReminders(ctx);
    case "suspensions":
      return suspendUnpaid(ctx);
    case "reconnections":
      return requestReconnections(ctx);
    case "summary":
      return queueDailySummary(ctx, countsOf(done));
  }
}

function countsOf(done: DailySummary): DailyCounts {
  return {
    invoices: done.billing?.invoices ?? 0,
    overdue: done.overdue?.overdue ?? 0,
    lateFees: done["late-fees"]?.lateFees ?? 0,
    reminders: done.reminders?.reminders ?? 0,
    suspended: done.suspensions?.suspended ?? 0,
    reconnect: done.reconnections?.reconnect ?? 0,
  };
}

export type JobTrigger = "schedule" | "user" | "cli" | "seed";

export async function startJobRun(db: Database, tenantId: string, date: IsoDate, trigger: JobTrigger, userId: string | null): Promise<string> {
  return withTenantOn(db, tenantId, async (tx) => {
    const [row] = await tx.insert(jobRuns).values({ tenantId, runDate: date, trigger, startedBy: userId }).returning({ id: jobRuns.id });
    return row!.id;
  });
}

export async function finishJobRun(db: Database, tenantId: string, runId: string, summary: DailySummary, error?: string): Promise<void> {
  await withTenantOn(db, tenantId, (tx) =>
    tx
      .update(jobRuns)
      .set({ summary, status: error ? "failed" : "done", error: error ?? null, finishedAt: sql`now()` })
      .where(eq(jobRuns.id, runId)),
  );
}

/** All steps for one date, recorded in job_runs: how `npm run jobs:daily` and "Run now" in the app run it. */
export async function runDailyPipeline(db: Database, tenantId: string, date: IsoDate, trigger: JobTrigger, opts: RunOptions = {}): Promise<{ runId: string; summary: DailySummary }> {
  const runId = await startJobRun(db, tenantId, date, trigger, opts.userId ?? null);
  const summary: DailySummary = {};
  try {
    for (const step of DAILY_STEPS) summary[step] = await runDailyStep(db, tenantId, date, step, summary, opts);
  } catch (error) {
    await finishJobRun(db, tenantId, runId, summary, error instanceof Error ? error.message : String(error));
    throw error;
  }
  await finishJobRun(db, tenantId, runId, summary);
  return { runId, summary };
}

/** When Inngest gives up on a scheduled day, its run record says so instead of staying "running". */
export async function failRunningJobs(db: Database, tenantId: string, date: IsoDate, error: string): Promise<void> {
  await withTenantOn(db, tenantId, (tx) =>
    tx
      .update(jobRuns)
      .set({ status: "failed", error, finishedAt: sql`now()` })
      .where(and(eq(jobRuns.runDate, date), eq(jobRuns.status, "running"), eq(jobRuns.trigger, "schedule"))),
  );
}
