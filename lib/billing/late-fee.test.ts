import { describe, expect, it } from "vitest";
import { LATE_FEE_CASES } from "./late-fee.cases";
import { lateFee, lateFeeDate } from "./late-fee";

describe("lateFee", () => {
  it.each(LATE_FEE_CASES)("$name", ({ rule, overdue, fee }) => expect(lateFee(rule, overdue)).toBe(fee));
});

describe("lateFeeDate", () => {
  it("is the first day past grace", () => {
    expect(lateFeeDate("2026-01-08", 5)).toBe("2026-01-14");
    expect(lateFeeDate("2026-02-27", 2)).toBe("2026-03-02");
    expect(lateFeeDate("2028-02-27", 2)).toBe("2028-03-01");
  });
});
