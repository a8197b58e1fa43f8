/**
 * Dates and times as FiberBill writes them: "Nov 24, 2026", "9:40 PM".
 *
 * Written out here rather than by Intl's locale data, on purpose. Server and
 * browser must produce the same text, or React reports a hydration mismatch
 * for every client component that shows a date. Locale data differs between
 * engines and versions: some ICU versions put a narrow no-break space (U+202F)
 * before "PM", others a plain space; some browsers lack en-PH and fall back.
 * Intl is used only for what must come from the time zone database (which
 * wall-clock time an instant is in a zone), and only for numeric parts, which
 * every engine writes alike.
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

type Parts = { year: number; month: number; day: number; hour: number; minute: number };

// A formatter costs far more to make than to use: one per time zone for the life of the process.
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let f = zoneFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23" });
    zoneFormats.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading of an instant in a time zone, as numbers. */
function partsIn(date: Date, timeZone: string): Parts {
  const out: Record<string, number> = {};
  for (const p of zoneFormat(timeZone).formatToParts(date)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour! % 24, minute: out.minute! };
}

const toDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);

function dayText(year: number, month: number, day: number): string {
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

function timeText(hour: number, minute: number): string {
  return `${hour % 12 === 0 ? 12 : hour % 12}:${String(minute).padStart(2, "0")} ${hour < 12 ? "AM" : "PM"}`;
}

/** Instants shown in the tenant's time zone ("Nov 24, 2026, 9:40 PM"). */
export function formatDateTime(value: Date | string | null | undefined, timeZone: string): string {
  if (!value) return "—";
  const p = partsIn(toDate(value), timeZone);
  return `${dayText(p.year, p.month, p.day)}, ${timeText(p.hour, p.minute)}`;
}

/** The day of an instant in the tenant's time zone ("Nov 24, 2026"). */
export function formatDayOf(value: Date | string | null | undefined, timeZone: string): string {
  if (!value) return "—";
  const p = partsIn(toDate(value), timeZone);
  return dayText(p.year, p.month, p.day);
}

/** The time of an instant in the tenant's time zone ("9:40 PM"). */
export function formatTimeOf(value: Date | string | null | undefined, timeZone: string): string {
  if (!value) return "—";
  const p = partsIn(toDate(value), timeZone);
  return timeText(p.hour, p.minute);
}

/** The tenant's calendar date of an instant, as YYYY-MM-DD. */
export function tenantDate(value: Date, timeZone: string): string {
  const p = partsIn(value, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** A calendar date ("2026-11-25") as people read it ("Nov 25, 2026"); no time zone is involved. */
export function formatCalendarDate(isoDate: string | null | undefined): string {
  if (!isoDate) return "—";
  const [y, m, d] = isoDate.split("-").map(Number);
  return dayText(y!, m!, d!);
}
