import type { LateFeeRule } from "./late-fee";

export const LATE_FEE_CASES: { name: string; rule: LateFeeRule; overdue: number; fee: number }[] = [
  { name: "no late fee", rule: { kind: "none" }, overdue: 129900, fee: 0 },
  { name: "flat ₱100", rule: { kind: "flat", amount: 10000 }, overdue: 129900, fee: 10000 },
  { name: "flat fee needs an overdue balance", rule: { kind: "flat", amount: 10000 }, overdue: 0, fee: 0 },
  { name: "5% of ₱1,299.00 = ₱64.95", rule: { kind: "percent", rateBp: 500 }, overdue: 129900, fee: 6495 },
  { name: "2% of ₱999.99 rounds half-up to ₱20.00", rule: { kind: "percent", rateBp: 200 }, overdue: 99999, fee: 2000 },
  { name: "3% of a partly paid ₱649.50", rule: { kind: "percent", rateBp: 300 }, overdue: 64950, fee: 1949 },
];
