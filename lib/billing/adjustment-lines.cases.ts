import type { DraftInvoice, PendingAdjustment } from "./compose";
import { applyTax, type TaxMode } from "./tax";

const NONE: TaxMode = { kind: "none" };
const service = (taxMode: TaxMode = NONE): DraftInvoice => ({
  period: { start: "2026-03-01", end: "2026-04-01" },
  charged: { start: "2026-03-01", end: "2026-04-01" },
  issueDate: "2026-03-01",
  dueDate: "2026-03-08",
  lines: [{ kind: "service", description: "Fiber 50", amount: 129900 }],
  totals: applyTax(129900, taxMode),
  creditCarried: 0,
});
const adj = (kind: "charge" | "credit", amount: number, category = "manual", reason = "Router replacement"): PendingAdjustment => ({ id: `${category}-${amount}`, kind, category, amount, reason });

export type AdjustmentLinesCase = {
  name: string;
  draft: DraftInvoice;
  pending: PendingAdjustment[];
  taxMode: TaxMode;
  expect: { lines: { kind: string; amount: number }[]; total: number; vat?: number; creditCarried: number };
};

/** Pending charges and credits billed on the next invoice (lib/billing/compose.ts withAdjustments). */
export const ADJUSTMENT_LINES_CASES: AdjustmentLinesCase[] = [
  {
    name: "nothing pending: the invoice is unchanged",
    draft: service(), pending: [], taxMode: NONE,
    expect: { lines: [{ kind: "service", amount: 129900 }], total: 129900, creditCarried: 0 },
  },
  {
    name: "a one-off charge is a line of its own",
    draft: service(), pending: [adj("charge", 150000)], taxMode: NONE,
    expect: { lines: [{ kind: "service", amount: 129900 }, { kind: "adjustment", amount: 150000 }], total: 279900, creditCarried: 0 },
  },
  {
    name: "late fee and reconnection fee keep their own line kinds",
    draft: service(), pending: [adj("charge", 10000, "late_fee", "Late fee on invoice INV-1"), adj("charge", 20000, "reconnection_fee", "Reconnection fee")], taxMode: NONE,
    expect: { lines: [{ kind: "service", amount: 129900 }, { kind: "late_fee", amount: 10000 }, { kind: "reconnection_fee", amount: 20000 }], total: 159900, creditCarried: 0 },
  },
  {
    name: "a credit lowers the invoice",
    draft: service(), pending: [adj("credit", 50000, "manual", "Outage Mar 3-5")], taxMode: NONE,
    expect: { lines: [{ kind: "service", amount: 129900 }, { kind: "adjustment", amount: -50000 }], total: 79900, creditCarried: 0 },
  },
  {
    name: "credits beyond the invoice are carried forward, never a negative invoice",
    draft: service(), pending: [adj("credit", 200000, "credit_carried", "Credit carried forward from invoice INV-7")], taxMode: NONE,
    expect: { lines: [{ kind: "service", amount: 129900 }, { kind: "adjustment", amount: -200000 }], total: 0, creditCarried: 70100 },
  },
  {
    name: "charge and credit together net out on one invoice",
    draft: service(), pending: [adj("charge", 30000), adj("credit", 30000, "reversal", "Reversal: Router replacement")], taxMode: NONE,
    expect: { lines: [{ kind: "service", amount: 129900 }, { kind: "adjustment", amount: 30000 }, { kind: "adjustment", amount: -30000 }], total: 129900, creditCarried: 0 },
  },
  {
    name: "VAT included: the charge is part of the VAT-inclusive total (139900 × 12/112 = 14989.29 -> 14989)",
    draft: service({ kind: "vat_inclusive", rateBp: 1200 }), pending: [adj("charge", 10000, "late_fee", "Late fee")], taxMode: { kind: "vat_inclusive", rateBp: 1200 },
    expect: { lines: [{ kind: "service", amount: 129900 }, { kind: "late_fee", amount: 10000 }], total: 139900, vat: 14989, creditCarried: 0 },
  },
  {
    name: "VAT added on top: VAT on the subtotal with the charge (139900 × 12% = 16788)",
    draft: service({ kind: "vat_exclusive", rateBp: 1200 }), pending: [adj("charge", 10000, "late_fee", "Late fee")], taxMode: { kind: "vat_exclusive", rateBp: 1200 },
    expect: { lines: [{ kind: "service", amount: 129900 }, { kind: "late_fee", amount: 10000 }], total: 156688, vat: 16788, creditCarried: 0 },
  },
];
