import type { BillingCycle, Period } from "./periods";

/** Which period contains a date, per cycle. Month ends, leap years, clamping. */
export const PERIOD_CASES: { name: string; date: string; cycle: BillingCycle; period: Period; days: number }[] = [
  { name: "fixed day 1, mid-month", date: "2026-03-20", cycle: { kind: "fixed", day: 1 }, period: { start: "2026-03-01", end: "2026-04-01" }, days: 31 },
  { name: "fixed day 1, on the start", date: "2026-04-01", cycle: { kind: "fixed", day: 1 }, period: { start: "2026-04-01", end: "2026-05-01" }, days: 30 },
  { name: "fixed day 15, before the day", date: "2026-03-10", cycle: { kind: "fixed", day: 15 }, period: { start: "2026-02-15", end: "2026-03-15" }, days: 28 },
  { name: "fixed day 15, across a year end", date: "2026-01-05", cycle: { kind: "fixed", day: 15 }, period: { start: "2025-12-15", end: "2026-01-15" }, days: 31 },
  { name: "fixed day 28, February non-leap", date: "2026-02-28", cycle: { kind: "fixed", day: 28 }, period: { start: "2026-02-28", end: "2026-03-28" }, days: 28 },
  { name: "fixed day 1, February leap year", date: "2028-02-10", cycle: { kind: "fixed", day: 1 }, period: { start: "2028-02-01", end: "2028-03-01" }, days: 29 },
  { name: "anniversary 31, January", date: "2026-01-31", cycle: { kind: "anniversary", day: 31 }, period: { start: "2026-01-31", end: "2026-02-28" }, days: 28 },
  { name: "anniversary 31, clamped in February", date: "2026-03-01", cycle: { kind: "anniversary", day: 31 }, period: { start: "2026-02-28", end: "2026-03-31" }, days: 31 },
  { name: "anniversary 31, restored in March", date: "2026-03-31", cycle: { kind: "anniversary", day: 31 }, period: { start: "2026-03-31", end: "2026-04-30" }, days: 30 },
  { name: "anniversary 31, clamped to April 30", date: "2026-05-15", cycle: { kind: "anniversary", day: 31 }, period: { start: "2026-04-30", end: "2026-05-31" }, days: 31 },
  { name: "anniversary 31, leap February 29", date: "2028-02-29", cycle: { kind: "anniversary", day: 31 }, period: { start: "2028-02-29", end: "2028-03-31" }, days: 31 },
  { name: "anniversary 30, February then March 30", date: "2027-03-01", cycle: { kind: "anniversary", day: 30 }, period: { start: "2027-02-28", end: "2027-03-30" }, days: 30 },
  { name: "anniversary 29, non-leap February", date: "2026-02-28", cycle: { kind: "anniversary", day: 29 }, period: { start: "2026-02-28", end: "2026-03-29" }, days: 29 },
  { name: "anniversary 29, leap February", date: "2028-02-29", cycle: { kind: "anniversary", day: 29 }, period: { start: "2028-02-29", end: "2028-03-29" }, days: 29 },
  { name: "anniversary 15, December to January", date: "2026-12-20", cycle: { kind: "anniversary", day: 15 }, period: { start: "2026-12-15", end: "2027-01-15" }, days: 31 },
];
