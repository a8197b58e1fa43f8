/**
 * SLA clocks for tickets: due times counted in the tenant's business hours.
 *
 * Business time is real elapsed time that falls inside an opening window.
 * Windows are set in local wall-clock time ("08:00"–"17:00" in the tenant's
 * zone), so each day's window is turned into instants through the time zone
 * database: on a DST day a 00:00–24:00 window is 23 or 25 hours long, which
 * is what a clock on the helpdesk wall would show. Pure: no database, no Node
 * APIs; Intl only for zone offsets.
 */

export type DayHours = { open: string; close: string } | null;

export type BusinessHours = {
  timeZone: string;
  /** 0 = Sunday. "HH:MM" local; close may be "24:00" (end of the day). null = closed. */
  days: Record<0 | 1 | 2 | 3 | 4 | 5 | 6, DayHours>;
  /** YYYY-MM-DD local dates on which the helpdesk is closed all day. */
  holidays: string[];
};

export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export type SlaTargets = Record<TicketPriority, { firstResponseHours: number; resolutionHours: number }>;

const OFFICE = { open: "08:00", close: "17:00" };

/** Mon–Sat 08:00–17:00 in Manila: most provincial ISP offices and their cashiers keep Saturday hours. */
export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  timeZone: "Asia/Manila",
  days: { 0: null, 1: OFFICE, 2: OFFICE, 3: OFFICE, 4: OFFICE, 5: OFFICE, 6: OFFICE },
  holidays: [],
};

const ALL_DAY = { open: "00:00", close: "24:00" };

/** Round the clock, for tenants whose NOC answers at night. */
export const ALWAYS_OPEN: BusinessHours = {
  timeZone: "Asia/Manila",
  days: { 0: ALL_DAY, 1: ALL_DAY, 2: ALL_DAY, 3: ALL_DAY, 4: ALL_DAY, 5: ALL_DAY, 6: ALL_DAY },
  holidays: [],
};

/**
 * In business hours (a 9-hour day). Why these, for a Philippine ISP helpdesk:
 * - urgent (an outage, a NAP or feeder down, many subscribers at once): answer
 *   within the hour, fix within half a working day, since every hour is
 *   rebates and a flood of calls.
 * - high (one subscriber with no connection, which is most tickets): answer in
 *   2 hours, restore within 8, i.e. a technician visit the same or next working
 *   day, what subscribers expect before they post on Facebook or complain to the NTC.
 * - normal (slow or intermittent, relocation): answer the same day, resolve in
 *   about three working days, the time a scheduled visit takes to book.
 * - low (billing questions, plan changes): answer by the next working day,
 *   resolve within a working week (48 h ≈ 5⅓ nine-hour days).
 */
export const DEFAULT_SLA_TARGETS: SlaTargets = {
  urgent: { firstResponseHours: 1, resolutionHours: 4 },
  high: { firstResponseHours: 2, resolutionHours: 8 },
  normal: { firstResponseHours: 4, resolutionHours: 24 },
  low: { firstResponseHours: 8, resolutionHours: 48 },
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Ten years of days: a search that finds no open window by then has a schedule with none. */
const MAX_DAYS = 3660;

// A formatter costs far more to make than to use: one per zone for the life of the process.
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let f = zoneFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    zoneFormats.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading of an instant, as if it were UTC (ms). */
function wallMs(instant: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of zoneFormat(timeZone).formatToParts(new Date(instant))) if (part.type !== "literal") p[part.type] = Number(part.value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
}

/** How far the zone is ahead of UTC at an instant, in ms (whole seconds; sub-second parts cancel out). */
function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallMs(whole, timeZone) - whole;
}

/** The instant a wall-clock reading (ms, as if UTC) names in the zone; two passes settle a DST change between guess and answer. */
function instantOfWall(wall: number, timeZone: string): number {
  const guess = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(guess, timeZone);
}

/** Local midnight of the instant's calendar day, as a UTC-midnight day number (ms). */
function localDay(instant: number, timeZone: string): number {
  const wall = wallMs(instant, timeZone);
  return wall - (((wall % DAY) + DAY) % DAY);
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
}

type Window = { start: number; end: number };

/** The opening window of a local day as instants, or null when closed (weekday off or holiday). */
function windowOf(day: number, bh: BusinessHours, holidays: Set<string>): Window | null {
  const hours = bh.days[new Date(day).getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6];
  if (!hours || holidays.has(new Date(day).toISOString().slice(0, 10))) return null;
  const start = instantOfWall(day + minutesOf(hours.open) * MINUTE, bh.timeZone);
  // "24:00" is the next day's midnight, which instantOfWall handles as any other wall time.
  const end = instantOfWall(day + minutesOf(hours.close) * MINUTE, bh.timeZone);
  return end > start ? { start, end } : null;
}

function assertSomeDayOpen(bh: BusinessHours): void {
  if (!Object.values(bh.days).some((d) => d && minutesOf(d.close) > minutesOf(d.open))) {
    throw new RangeError("The business hours have no open day.");
  }
}

/**
 * The instant at which `hours` of business time have elapsed after `start`.
 * A start outside hours (before opening, after closing, a closed day or a
 * holiday) begins at the next opening; 0 hours gives that start itself. A
 * deadline that uses up a window exactly falls on its closing time.
 */
export function addBusinessHours(start: Date, hours: number, bh: BusinessHours): Date {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Business hours to add must be a number ≥ 0, not ${hours}.`);
  assertSomeDayOpen(bh);
  const holidays = new Set(bh.holidays);
  let remaining = Math.round(hours * HOUR);
  let cursor = start.getTime();
  let day = localDay(cursor, bh.timeZone);
  for (let i = 0; i < MAX_DAYS; i++, day += DAY) {
    const w = windowOf(day, bh, holidays);
    if (!w || w.end <= cursor) continue;
    const from = Math.max(w.start, cursor);
    if (remaining <= w.end - from) return new Date(from + remaining);
    remaining -= w.end - from;
    cursor = w.end;
  }
  throw new RangeError("No business hours within ten years: every open day is a holiday.");
}

/**
 * Business time from `from` to `to`, in hours: how much of an SLA is used, or
 * how far past due a ticket is. Negative when `to` is before `from`, so
 * businessHoursBetween(now, due) reads as time left.
 */
export function businessHoursBetween(from: Date, to: Date, bh: BusinessHours): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b < a) return -businessHoursBetween(to, from, bh);
  const holidays = new Set(bh.holidays);
  let total = 0;
  for (let day = localDay(a, bh.timeZone), last = localDay(b, bh.timeZone); day <= last; day += DAY) {
    const w = windowOf(day, bh, holidays);
    if (w) total += Math.max(0, Math.min(w.end, b) - Math.max(w.start, a));
  }
  return total / HOUR;
}

/** Breached when the work was done after its due time, or is still not done and the due time has passed. Done exactly at the due time is on time. */
export function isBreached(due: Date, now: Date, doneAt: Date | null): boolean {
  return (doneAt ?? now).getTime() > due.getTime();
}

export function dueTimes(
  createdAt: Date,
  priority: TicketPriority,
  targets: SlaTargets,
  bh: BusinessHours,
): { firstResponseDueAt: Date; resolutionDueAt: Date } {
  const t = targets[priority];
  return {
    firstResponseDueAt: addBusinessHours(createdAt, t.firstResponseHours, bh),
    resolutionDueAt: addBusinessHours(createdAt, t.resolutionHours, bh),
  };
}
