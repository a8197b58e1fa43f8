import { tenantDate } from "@/lib/time/format";

/** The daily run starts at 00:05 in each tenant's own time zone; the cron fires at minute 5 of every hour. */
export const DAILY_CRON = "5 * * * *";
/** Queued messages are picked up this often (new ones are also sent right after the step that queues them). */
export const OUTBOX_CRON = "*/5 * * * *";

export type ScheduledTenant = { id: string; slug: string; time_zone: string };

function localHour(now: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(now));
}

/**
 * The tenants whose local clock is in the midnight hour at `now`, each with
 * its own calendar date: the day the run is for. A tenant in Asia/Manila is
 * picked up by the 16:05 UTC tick, one in another zone by its own.
 */
export function tenantsDueForDailyRun(tenants: readonly ScheduledTenant[], now: Date): { tenantId: string; slug: string; date: string }[] {
  return tenants.filter((t) => localHour(now, t.time_zone) === 0).map((t) => ({ tenantId: t.id, slug: t.slug, date: tenantDate(now, t.time_zone) }));
}
