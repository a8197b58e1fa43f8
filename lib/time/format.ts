/** Instants shown in the tenant's time zone ("Nov 24, 2026, 9:40 PM"). */
export function formatDateTime(value: Date | string | null | undefined, timeZone: string): string {
  if (!value) return "—";
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat("en-PH", { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

/** The tenant's calendar date of an instant, as YYYY-MM-DD. */
export function tenantDate(value: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(value);
}

/** A calendar date ("2026-11-25") as people read it ("Nov 25, 2026"); no time zone is involved. */
// Built once: a formatter costs far more to make than to use (billing formats 100,000 lines a run).
const calendarDateFormat = new Intl.DateTimeFormat("en-PH", { dateStyle: "medium", timeZone: "UTC" });

export function formatCalendarDate(isoDate: string | null | undefined): string {
  if (!isoDate) return "—";
  const [y, m, d] = isoDate.split("-").map(Number);
  return calendarDateFormat.format(new Date(Date.UTC(y!, m! - 1, d!)));
}
