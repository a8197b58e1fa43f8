"use server";

import { ownerAction } from "@/lib/actions/owner-action";
import { addDays } from "@/lib/billing/dates";
import { UserFacingError } from "@/lib/errors";
import { runDailyPipeline } from "@/lib/jobs/daily";
import { formatCalendarDate, tenantDate } from "@/lib/time/format";
import { dailyJobRunSchema, MAX_DAILY_RUN_DAYS_AHEAD, MAX_DAILY_RUN_DAYS_BACK } from "@/lib/validations/daily-job";

const RUN_FAILED = "The daily job stopped with an error. The steps before it were saved; Recent runs below shows where it stopped. Running it again for the same date is safe.";

function dateError(message: string): UserFacingError {
  return new UserFacingError(message, { runDate: [message] });
}

/**
 * Owner only: runs every step of the daily job for a date now, as the
 * schedule would (billing, overdue, late fees, reminders, suspensions,
 * reconnections, summary). Not inside a tenant transaction: the pipeline
 * commits step by step, which is what makes a re-run safe.
 */
export const runDailyJobAction = ownerAction(
  { schema: dailyJobRunSchema, revalidate: ["/settings/schedule", "/work-items", "/notifications"] },
  async (ctx, { runDate }) => {
    const today = tenantDate(new Date(), ctx.timeZone);
    if (runDate > addDays(today, MAX_DAILY_RUN_DAYS_AHEAD)) throw dateError(`Pick a date at most ${MAX_DAILY_RUN_DAYS_AHEAD} days from today.`);
    if (runDate < addDays(today, -MAX_DAILY_RUN_DAYS_BACK)) throw dateError("Pick a date within the past year.");
    let result: Awaited<ReturnType<typeof runDailyPipeline>>;
    try {
      result = await runDailyPipeline(ctx.db, ctx.tenantId, runDate, "user", { userId: ctx.user.id });
    } catch (error) {
      console.error("[daily job] manual run failed", error);
      await ctx.audit({ action: "job.daily_run_failed", entityType: "job_run", after: { runDate } });
      throw new UserFacingError(RUN_FAILED);
    }
    await ctx.audit({ action: "job.daily_run", entityType: "job_run", entityId: result.runId, after: { runDate, summary: result.summary } });
    return { runId: result.runId, runDate, summary: result.summary, message: `The daily job ran for ${formatCalendarDate(runDate)}.` };
  },
);
