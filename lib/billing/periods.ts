import { clampedDay, daysBetween, parseIsoDate, type IsoDate } from "./dates";

/**
 * A billing cycle. Fixed: every period starts on day 1-28 of the month.
 * Anniversary: on the subscription's activation day, clamped to the last day
 * of shorter months and restored in longer ones (Jan 31, Feb 28, Mar 31, ...).
 */
export type BillingCycle = { kind: "fixed"; day: number } | { kind: "anniversary"; day: number };

/** Periods are half-open: [start, end). */
export type Period = { start: IsoDate; end: IsoDate };

function startInMonth(y: number, m: number, cycle: BillingCycle): IsoDate {
  return clampedDay(y, m, cycle.day);
}

// A run asks for the same few periods 100,000 times: remember them (periods never change).
const periodCache = new Map<string, Period>();

/** The period that contains `date`. */
export function periodContaining(date: IsoDate, cycle: BillingCycle): Period {
  const key = `${date}|${cycle.kind}|${cycle.day}`;
  const cached = periodCache.get(key);
  if (cached) return cached;
  const period = computePeriod(date, cycle);
  if (periodCache.size > 100_000) periodCache.clear();
  periodCache.set(key, period);
  return period;
}

function computePeriod(date: IsoDate, cycle: BillingCycle): Period {
  if (cycle.kind === "fixed" && (cycle.day < 1 || cycle.day > 28)) throw new RangeError("a fixed cycle day is 1-28");
  if (cycle.day < 1 || cycle.day > 31) throw new RangeError("a cycle day is 1-31");
  const { y, m } = parseIsoDate(date);
  const thisMonth = startInMonth(y, m, cycle);
  const start = date >= thisMonth ? thisMonth : startInMonth(y, m - 1, cycle);
  const s = parseIsoDate(start);
  return { start, end: startInMonth(s.y, s.m + 1, cycle) };
}

/** The period that starts on or after `date` (the next one unless `date` is a period start). */
export function periodStartingOnOrAfter(date: IsoDate, cycle: BillingCycle): Period {
  const p = periodContaining(date, cycle);
  return p.start === date ? p : periodContaining(p.end, cycle);
}

export function periodDays(p: Period): number {
  return daysBetween(p.start, p.end);
}
