import { describe, expect, it } from "vitest";
import { centavosToDecimal, formatPesos, parsePesos } from "./money";

describe("formatPesos", () => {
  it.each([
    [129900, "₱1,299.00"],
    [0, "₱0.00"],
    [5, "₱0.05"],
    [100000000, "₱1,000,000.00"],
    [-13918, "-₱139.18"],
  ])("%i -> %s", (c, text) => expect(formatPesos(c)).toBe(text));
});

describe("parsePesos", () => {
  it.each<[string, number | null]>([
    ["1299", 129900],
    ["1,299.00", 129900],
    ["₱1,299.5", 129950],
    ["PHP 999", 99900],
    [" 0.05 ", 5],
    ["12.345", null],
    ["-5", null],
    ["abc", null],
    ["", null],
  ])("%s -> %s", (text, c) => expect(parsePesos(text)).toBe(c));
});

describe("centavosToDecimal", () => {
  it("round-trips with parsePesos", () => {
    for (const c of [0, 1, 99, 100, 129900, 123456789]) expect(parsePesos(centavosToDecimal(c))).toBe(c);
  });
});
