import { formatCalendarDate } from "@/lib/time/format";

/** A calendar date (YYYY-MM-DD, already the tenant's day) as "Mar 5, 2026"; the same text on server and browser. */
export function formatDay(value: string | null | undefined): string {
  return formatCalendarDate(value);
}

/** An invoice period [start, end) as the days it covers: "Mar 1 – Mar 31, 2026". */
export function formatPeriod(start: string | null, end: string | null): string {
  if (!start || !end) return "—";
  const last = new Date(`${end}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() - 1);
  // "Mar 1, 2026" without its year.
  const first = formatCalendarDate(start).replace(/, \d{4}$/, "");
  return `${first} – ${formatDay(last.toISOString().slice(0, 10))}`;
}

export function customerName(c: { firstName: string; lastName: string }): string {
  return `${c.firstName} ${c.lastName}`.trim();
}
