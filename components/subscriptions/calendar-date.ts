const formatter = new Intl.DateTimeFormat("en-PH", { dateStyle: "medium", timeZone: "UTC" });

/**
 * A calendar date (YYYY-MM-DD, already the tenant's date) as "Jan 5, 2026".
 * Read at UTC midnight and printed in UTC so no time zone can shift the day.
 */
export function formatCalendarDate(value: string | null | undefined): string {
  if (!value) return "—";
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : formatter.format(date);
}
