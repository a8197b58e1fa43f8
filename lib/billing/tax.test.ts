import { describe, expect, it } from "vitest";
import { TAX_CASES } from "./tax.cases";
import { applyTax } from "./tax";

describe("applyTax", () => {
  it.each(TAX_CASES)("$name", ({ subtotal, mode, result }) => {
    const taxed = applyTax(subtotal, mode);
    expect(taxed).toEqual(result);
    // The parts always add up.
    if (mode.kind === "vat_inclusive") expect(taxed.vatable + taxed.vat).toBe(taxed.total);
    if (mode.kind === "vat_exclusive") expect(taxed.subtotal + taxed.vat).toBe(taxed.total);
  });
});
