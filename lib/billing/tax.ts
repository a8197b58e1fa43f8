import { divRoundHalfUp } from "./rounding";

/** How a tenant charges VAT. Rates are basis points: 1200 = 12%. */
export type TaxMode = { kind: "none" } | { kind: "vat_inclusive"; rateBp: number } | { kind: "vat_exclusive"; rateBp: number };

export type TaxedTotal = {
  /** Sum of the rounded lines. */
  subtotal: number;
  /** VATable sales (the base the VAT is computed on); 0 when not VAT-registered. */
  vatable: number;
  vat: number;
  /** What the customer pays. */
  total: number;
};

/**
 * VAT on an invoice whose lines are already rounded. Included: VAT =
 * round(total × rate ÷ (1 + rate)) and VATable = total − VAT (₱1,299.00 ->
 * VAT ₱139.18, VATable ₱1,159.82). Added: VAT = round(subtotal × rate).
 */
export function applyTax(subtotal: number, mode: TaxMode): TaxedTotal {
  switch (mode.kind) {
    case "none":
      return { subtotal, vatable: 0, vat: 0, total: subtotal };
    case "vat_inclusive": {
      const vat = divRoundHalfUp(subtotal * mode.rateBp, 10_000 + mode.rateBp);
      return { subtotal, vatable: subtotal - vat, vat, total: subtotal };
    }
    case "vat_exclusive": {
      const vat = divRoundHalfUp(subtotal * mode.rateBp, 10_000);
      return { subtotal, vatable: subtotal, vat, total: subtotal + vat };
    }
  }
}
