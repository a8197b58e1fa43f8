/** A calendar date (YYYY-MM-DD, already the tenant's day) as "Mar 5, 2026"; no time zone shift. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return "—";
  const d = new Date(`${value}T00:00:00Z`);
  return new Intl.DateTimeFormat("en-PH", { dateStyle: "medium", timeZone: "UTC" }).format(d);
}

/** An invoice period [start, end) as the days it covers: "Mar 1 – Mar 31, 2026". */
export function formatPeriod(start: string | null, end: string | null): string {
  if (!start || !end) return "—";
  const last = new Date(`${end}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() - 1);
  const short = new Intl.DateTimeFormat("en-PH", { month: "short", day: "numeric", timeZone: "UTC" });
  return `${short.format(new Date(`${start}T00:00:00Z`))} – ${formatDay(last.toISOString().slice(0, 10))}`;
}

export function customerName(c: { firstName: string; lastName: string }): string {
  return `${c.firstName} ${c.lastName}`.trim();
}
