import { cycleFor, type BillingRules, type DraftInvoice } from "./compose";
import type { IsoDate } from "./dates";
import { periodContaining } from "./periods";

/**
 * What a subscription's first invoices bill for periods already over on the
 * run date: an activation entered after its period turned, or a subscriber
 * brought over with a "billed elsewhere until" date further back. Shown in the
 * run preview so nobody is back-billed without seeing it first.
 */
export type BackBilling = {
  /** The first day billed, and the end (exclusive) of the last period already over. */
  from: IsoDate;
  until: IsoDate;
  periods: number;
  installationFee: number;
  /** What the invoices for those periods charge, VAT included (before pending charges or credits join the first of them). */
  amount: number;
};

/**
 * `drafts`: a never-invoiced subscription's invoices of one run, oldest
 * first, as composeInvoice made them. Null when none bills a period that
 * ended before the run date's own period began.
 */
export function backBilling(drafts: readonly DraftInvoice[], rules: BillingRules, activatedOn: IsoDate, runDate: IsoDate): BackBilling | null {
  const current = periodContaining(runDate, cycleFor(rules, activatedOn));
  const past = drafts.filter((d) => d.period.end <= current.start);
  if (past.length === 0) return null;
  return {
    from: past[0]!.charged.start,
    until: past[past.length - 1]!.charged.end,
    periods: past.length,
    installationFee: past.flatMap((d) => d.lines).filter((l) => l.kind === "installation").reduce((s, l) => s + l.amount, 0),
    amount: past.reduce((s, d) => s + d.totals.total, 0),
  };
}
