import { describe, expect, it } from "vitest";
import { payableFee } from "./settlement";

describe("payableFee", () => {
  it.each([
    ["no tax: the fee as set", "none", 1200, 30000, 30000],
    ["VAT included in prices: the fee as set", "vat_inclusive", 1200, 30000, 30000],
    ["VAT added on top: the fee plus 12%", "vat_exclusive", 1200, 30000, 33600],
    ["VAT rounded half up to the centavo, as the invoice line is", "vat_exclusive", 1200, 12345, 12345 + 1481],
    ["no fee", "vat_exclusive", 1200, 0, 0],
  ] as const)("%s", (_name, taxMode, vatRateBp, fee, expected) => {
    expect(payableFee({ taxMode, vatRateBp }, fee)).toBe(expected);
  });
});
