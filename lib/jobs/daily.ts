import { randomUUID } from "node:crypto";
import type { Database, Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import type { IsoDate } from "@/lib/billing/dates";
import { runBillingAndNotify } from "@/lib/collections/billing-step";
import { dayTotals, queueDailySummary } from "@/lib/collections/daily-summary";
import { applyLateFees } from "@/lib/collections/late-fees";
import { markOverdue } from "@/lib/collections/overdue";
import { requestReconnections } from "@/lib/collections/reconnections";
import { sendDueReminders } from "@/lib/collections/reminders";
import { stepContext, type StepCtx } from "@/lib/collections/step-context";
import { suspendUnpaid } from "@/lib/collections/suspensions";
import { isConnectionLost } from "@/lib/connection-lost";
import { finishJobRun, recordStep, startHeartbeat, startJobRun, type JobTrigger, type StepCounts } from "./run-records";

export { failRunningJobs, finishJobRun, startJobRun, type JobTrigger, type StepCounts } from "./run-records";

/**
 * The daily pipeline of one tenant, in order. Each step is its own
 * transaction and safe to run again for the same date (a retried or repeated
 * step finds its work done and adds nothing), which is what lets Inngest
 * retry a failed step and lets `npm run jobs:daily` replay days.
 */
export const DAILY_STEPS = ["billing", "overdue", "late-fees", "reminders", "suspensions", "reconnections", "summary"] as const;
export type DailyStep = (typeof DAILY_STEPS)[number];
/** What each step of a run did, and (`day`) the totals of its date over every run of it. */
export type DailySummary = Partial<Record<DailyStep | "day", StepCounts>>;

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
  /** The run record the step reports to, in its own transaction (none: the step is not recorded). */
  runId?: string;
  trigger?: JobTrigger;
  /** Called inside each step's transaction after its work, before commit (tests use it to make a step fail or lose its connection). */
  afterWork?: (step: DailyStep, tx: Tx) => void | Promise<void>;
};

/** How often the pipeline tries a step that lost its database connection (the step is idempotent). */
const ATTEMPTS = 3;

/** One step in its own transaction; `_done` is kept for callers that pass what earlier steps did (the summary now reads the day's data). */
export async function runDailyStep(db: Database, tenantId: string, date: IsoDate, step: DailyStep, _done: DailySummary, opts: RunOptions = {}): Promise<StepCounts> {
  return (await runStep(db, tenantId, date, step, opts)).counts;
}

async function runStep(db: Database, tenantId: string, date: IsoDate, step: DailyStep, opts: RunOptions): Promise<{ counts: StepCounts; day?: StepCounts }> {
  return withTenantOn(db, tenantId, async (tx) => {
    const ctx = await stepContext(tx, tenantId, date, opts.userId ?? null);
    const done = await work(ctx, step);
    await opts.afterWork?.(step, tx);
    if (opts.runId) await recordStep(tx, opts.runId, opts.trigger ?? "schedule", done.day ? { [step]: done.counts, day: done.day } : { [step]: done.counts });
    return done;
  });
}

/** One step's work for the day (ctx.today). The summary step also gives the day's totals. */
async function work(ctx: StepCtx, step: DailyStep): Promise<{ counts: StepCounts; day?: StepCounts }> {
  switch (step) {
    case "billing": {
      const r = await runBillingAndNotify(ctx, ctx.tenantId, ctx.today);
      return { counts: { invoices: r.invoices.length, total: r.total, messages: r.messages } };
    }
    case "overdue":
      return { counts: await markOverdue(ctx) };
    case "late-fees":
      return { counts: await applyLateFees(ctx) };
    case "reminders":
      return { counts: await sendDueReminders(ctx) };
    case "suspensions":
      return { counts: await suspendUnpaid(ctx) };
    case "reconnections":
      return { counts: await requestReconnections(ctx) };
    case "summary": {
      // The day's data, not this run's counters: a run that resumes an interrupted day reports the whole day.
      const day = await dayTotals(ctx.tx, ctx.today);
      return { counts: await queueDailySummary(ctx, day), day };
    }
  }
}

/** A step that lost its database connection is tried again: it is idempotent, so a retry adds nothing twice. */
async function withRetries<T>(what: string, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isConnectionLost(error)) throw error;
      console.warn(`[daily job] ${what} lost its database connection (attempt ${attempt} of ${ATTEMPTS}); trying again`);
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

/** All steps for one date, recorded in job_runs: how `npm run jobs:daily` and "Run now" in the app run it. */
export async function runDailyPipeline(db: Database, tenantId: string, date: IsoDate, trigger: JobTrigger, opts: RunOptions = {}): Promise<{ runId: string; summary: DailySummary }> {
  const id = randomUUID();
  const runId = await withRetries("starting the run", () => startJobRun(db, tenantId, date, trigger, opts.userId ?? null, id));
  const stopHeartbeat = startHeartbeat(db, tenantId, runId, trigger);
  const summary: DailySummary = {};
  try {
    for (const step of DAILY_STEPS) {
      const done = await withRetries(`step "${step}"`, () => runStep(db, tenantId, date, step, { ...opts, runId, trigger }));
      summary[step] = done.counts;
      if (done.day) summary.day = done.day;
    }
  } catch (error) {
    stopHeartbeat();
    // The record may be unreachable too (the database is gone): then its lease runs out and it shows as interrupted.
    const message = error instanceof Error ? error.message : String(error);
    await withRetries("recording the failure", () => finishJobRun(db, tenantId, runId, {}, message)).catch((e: unknown) => console.error("[daily job] could not record the failure", e));
    throw error;
  }
  stopHeartbeat();
  await withRetries("finishing the run", () => finishJobRun(db, tenantId, runId, {}));
  return { runId, summary };
}
