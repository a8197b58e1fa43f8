import { describe, expect, it } from "vitest";
import { daysInMonthOf, outageCreditAmount, outageCreditDays } from "./credits";

const at = (iso: string) => new Date(iso);

describe("outage credits", () => {
  it.each([
    ["no credit rule", "2026-12-01T08:00:00Z", "2026-12-03T08:00:00Z", null, 0],
    ["shorter than the threshold", "2026-12-01T08:00:00Z", "2026-12-01T11:00:00Z", 4, 0],
    ["exactly the threshold", "2026-12-01T08:00:00Z", "2026-12-01T12:00:00Z", 4, 0],
    ["just past it: one day", "2026-12-01T08:00:00Z", "2026-12-01T12:01:00Z", 4, 1],
    ["25 hours: two days", "2026-12-01T08:00:00Z", "2026-12-02T09:00:00Z", 24, 2],
    ["three days flat", "2026-12-01T08:00:00Z", "2026-12-04T08:00:00Z", 24, 3],
  ])("%s", (_name, start, end, after, days) => {
    expect(outageCreditDays(at(start), at(end), after)).toBe(days);
  });

  it("is the monthly fee's share of the days lost, half-up to the centavo, and a month at most", () => {
    expect(outageCreditAmount(129_900, 2, 31)).toBe(8_381); // 129,900 × 2 ÷ 31 = 8,380.6
    expect(outageCreditAmount(99_900, 1, 30)).toBe(3_330);
    expect(outageCreditAmount(99_900, 45, 30)).toBe(99_900);
  });

  it("knows the days of each month", () => {
    expect(daysInMonthOf("2026-02-10")).toBe(28);
    expect(daysInMonthOf("2028-02-10")).toBe(29);
    expect(daysInMonthOf("2026-12-07")).toBe(31);
  });
});
