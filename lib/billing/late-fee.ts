import { addDays, type IsoDate } from "./dates";
import { divRoundHalfUp } from "./rounding";

export type LateFeeRule = { kind: "none" } | { kind: "flat"; amount: number } | { kind: "percent"; rateBp: number };

/** The late fee for an invoice's overdue balance (once per invoice). */
export function lateFee(rule: LateFeeRule, overdueBalance: number): number {
  if (overdueBalance <= 0) return 0;
  switch (rule.kind) {
    case "none":
      return 0;
    case "flat":
      return rule.amount;
    case "percent":
      return divRoundHalfUp(overdueBalance * rule.rateBp, 10_000);
  }
}

/** The first day past grace: due date + grace days + 1. The fee applies from that day. */
export function lateFeeDate(dueDate: IsoDate, graceDays: number): IsoDate {
  return addDays(dueDate, graceDays + 1);
}
