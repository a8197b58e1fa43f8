import { addDays } from "@/lib/billing/dates";
import { formatCalendarDate } from "@/lib/time/format";

/** A calendar date (YYYY-MM-DD, already the tenant's) as "Jan 15, 2026"; the same text on server and browser. */
export function formatIsoDate(iso: string | null | undefined): string {
  return formatCalendarDate(iso);
}

/** A half-open period [start, end) shown with its last day: "Jan 1, 2026 – Jan 31, 2026". */
export function formatPeriod(start: string | null | undefined, end: string | null | undefined): string {
  if (!start) return "—";
  if (!end) return formatIsoDate(start);
  return `${formatIsoDate(start)} – ${formatIsoDate(addDays(end, -1))}`;
}
