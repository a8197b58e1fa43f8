/**
 * Calendar dates as "YYYY-MM-DD" strings (a tenant's local dates: no time, no
 * zone). Arithmetic goes through UTC midnight, where every day has 24 hours.
 */
export type IsoDate = string;

const DAY_MS = 86_400_000;

export function parseIsoDate(d: IsoDate): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!match) throw new RangeError(`not a date: ${d}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

export function isoDate(y: number, m: number, d: number): IsoDate {
  // Normalises month overflow (m = 13 -> January of the next year, m = 0 -> December before).
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.toISOString().slice(0, 10);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { y, m, d } = parseIsoDate(date);
  return isoDate(y, m, d + days);
}

/** Days from a to b (b - a): [a, b) holds that many days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const pa = parseIsoDate(a);
  const pb = parseIsoDate(b);
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / DAY_MS);
}

/** Day `day` of a month, or the month's last day when it is shorter (Jan 31 -> Feb 28). */
export function clampedDay(y: number, m: number, day: number): IsoDate {
  const month = ((m - 1 + 120) % 12) + 1;
  const year = y + Math.floor((m - 1) / 12);
  return isoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
