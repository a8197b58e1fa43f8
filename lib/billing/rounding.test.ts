import { describe, expect, it } from "vitest";
import { PRORATION_CASES } from "./rounding.cases";
import { divRoundHalfUp, prorate } from "./rounding";

describe("prorate", () => {
  it.each(PRORATION_CASES)("$name", ({ fee, days, periodDays, amount }) => {
    expect(prorate(fee, days, periodDays)).toBe(amount);
  });
  it("refuses more days than the period has", () => expect(() => prorate(100, 32, 31)).toThrow());
});

describe("divRoundHalfUp", () => {
  it.each([
    [5, 2, 3],
    [-5, 2, -3],
    [4, 3, 1],
    [-4, 3, -1],
    [7, 7, 1],
    [0, 9, 0],
  ])("%i / %i -> %i (half away from zero)", (n, d, q) => expect(divRoundHalfUp(n, d)).toBe(q));
  it("is exact beyond 2^53 intermediate products", () => {
    expect(divRoundHalfUp(9_007_199_254_740_991, 3)).toBe(3_002_399_751_580_330);
  });
});
