import type { TaxedTotal, TaxMode } from "./tax";

const VAT12 = 1200;

/** VAT per tax mode, on a subtotal of already-rounded lines. */
export const TAX_CASES: { name: string; subtotal: number; mode: TaxMode; result: TaxedTotal }[] = [
  { name: "not VAT-registered: no VAT", subtotal: 129900, mode: { kind: "none" }, result: { subtotal: 129900, vatable: 0, vat: 0, total: 129900 } },
  { name: "VAT included: ₱1,299.00 -> VAT ₱139.18", subtotal: 129900, mode: { kind: "vat_inclusive", rateBp: VAT12 }, result: { subtotal: 129900, vatable: 115982, vat: 13918, total: 129900 } },
  { name: "VAT included: ₱999.00", subtotal: 99900, mode: { kind: "vat_inclusive", rateBp: VAT12 }, result: { subtotal: 99900, vatable: 89196, vat: 10704, total: 99900 } },
  { name: "VAT added: ₱1,299.00 + 12%", subtotal: 129900, mode: { kind: "vat_exclusive", rateBp: VAT12 }, result: { subtotal: 129900, vatable: 129900, vat: 15588, total: 145488 } },
  { name: "VAT added rounds half-up: ₱0.04 × 12% = 0.48c -> 0", subtotal: 4, mode: { kind: "vat_exclusive", rateBp: VAT12 }, result: { subtotal: 4, vatable: 4, vat: 0, total: 4 } },
  { name: "VAT added rounds half-up: ₱0.25 × 12% = 3c", subtotal: 25, mode: { kind: "vat_exclusive", rateBp: VAT12 }, result: { subtotal: 25, vatable: 25, vat: 3, total: 28 } },
  { name: "VAT included on a credit-reduced subtotal", subtotal: 79616, mode: { kind: "vat_inclusive", rateBp: VAT12 }, result: { subtotal: 79616, vatable: 71086, vat: 8530, total: 79616 } },
  { name: "edited rate: VAT added at 10%", subtotal: 100000, mode: { kind: "vat_exclusive", rateBp: 1000 }, result: { subtotal: 100000, vatable: 100000, vat: 10000, total: 110000 } },
];
