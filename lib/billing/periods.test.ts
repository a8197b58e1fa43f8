import { describe, expect, it } from "vitest";
import { PERIOD_CASES } from "./periods.cases";
import { periodContaining, periodDays, periodStartingOnOrAfter } from "./periods";

describe("periodContaining", () => {
  it.each(PERIOD_CASES)("$name: $date -> [$period.start, $period.end)", ({ date, cycle, period, days }) => {
    const p = periodContaining(date, cycle);
    expect(p).toEqual(period);
    expect(periodDays(p)).toBe(days);
    expect(date >= p.start && date < p.end).toBe(true);
  });

  it("walks anniversary-31 periods through a year: Jan 31, Feb 28, Mar 31, Apr 30, ...", () => {
    const starts: string[] = [];
    let p = periodContaining("2026-01-31", { kind: "anniversary", day: 31 });
    for (let i = 0; i < 6; i++) {
      starts.push(p.start);
      p = periodContaining(p.end, { kind: "anniversary", day: 31 });
    }
    expect(starts).toEqual(["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30"]);
  });

  it("refuses a fixed day past 28", () => {
    expect(() => periodContaining("2026-01-01", { kind: "fixed", day: 29 })).toThrow(/1-28/);
  });
});

describe("periodStartingOnOrAfter", () => {
  it("is the same period on a start, the next one otherwise", () => {
    expect(periodStartingOnOrAfter("2026-04-01", { kind: "fixed", day: 1 }).start).toBe("2026-04-01");
    expect(periodStartingOnOrAfter("2026-03-20", { kind: "fixed", day: 1 }).start).toBe("2026-04-01");
  });
});
