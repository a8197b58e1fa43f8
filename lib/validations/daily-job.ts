import { z } from "zod";

/** "Run now" on Settings > Schedule: the tenant's calendar date to run every step for. */
export const dailyJobRunSchema = z.object({
  runDate: z.iso.date("Enter the date to run the daily job for, like 2026-12-01."),
});

/**
 * How far ahead of today a manual run may go. A run for a future day bills
 * and suspends as if that day had come; a month covers every issue lead time
 * (as Run billing allows), and a typo of a year does not.
 */
export const MAX_DAILY_RUN_DAYS_AHEAD = 31;

/** And how far back: replaying missed days after an outage is what going back is for, not last year. */
export const MAX_DAILY_RUN_DAYS_BACK = 366;
