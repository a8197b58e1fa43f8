import type { BillingRules, DraftLine, LastCharged, SubscriptionFacts } from "./compose";

const FIBER50 = { name: "Fiber 50", monthlyFee: 129900 };
const FIBER100 = { name: "Fiber 100", monthlyFee: 169900 };
const FIBER30 = { name: "Fiber 30", monthlyFee: 99900 };

export const FIXED_1: BillingRules = { cycle: { kind: "fixed", day: 1 }, issueLeadDays: 0, dueDays: 7, billSuspended: false, taxMode: { kind: "none" } };
export const ANNIVERSARY: BillingRules = { ...FIXED_1, cycle: { kind: "anniversary", day: 1 } };

function facts(over: Partial<SubscriptionFacts> & { activatedOn: string }): SubscriptionFacts {
  return { cancelledOn: null, plans: [{ from: over.activatedOn, plan: FIBER50 }], suspensions: [], installationFee: 0, billedElsewhereUntil: null, ...over };
}

const span = (start: string, end: string, pStart = start, pEnd = end): LastCharged => ({ start, end, period: { start: pStart, end: pEnd } });

export type ComposeCase = {
  name: string;
  facts: SubscriptionFacts;
  rules: BillingRules;
  last: LastCharged;
  runDate: string;
  /** null: nothing to invoice. */
  expect: null | { period: [string, string]; charged: [string, string]; lines: Pick<DraftLine, "kind" | "amount">[]; total: number; vat?: number; creditCarried?: number };
};

export const COMPOSE_CASES: ComposeCase[] = [
  {
    name: "fixed day 1: activated Mar 20 pays 12/31 of the fee, plus installation",
    facts: facts({ activatedOn: "2026-03-20", installationFee: 150000 }),
    rules: FIXED_1, last: null, runDate: "2026-03-20",
    expect: { period: ["2026-03-01", "2026-04-01"], charged: ["2026-03-20", "2026-04-01"], lines: [{ kind: "service", amount: 50284 }, { kind: "installation", amount: 150000 }], total: 200284 },
  },
  {
    name: "fixed day 1: the next period is the whole fee, no installation again",
    facts: facts({ activatedOn: "2026-03-20", installationFee: 150000 }),
    rules: FIXED_1, last: span("2026-03-20", "2026-04-01", "2026-03-01", "2026-04-01"), runDate: "2026-04-01",
    expect: { period: ["2026-04-01", "2026-05-01"], charged: ["2026-04-01", "2026-05-01"], lines: [{ kind: "service", amount: 129900 }], total: 129900 },
  },
  {
    name: "fixed day 1: not due before the period starts",
    facts: facts({ activatedOn: "2026-03-20" }),
    rules: FIXED_1, last: span("2026-03-20", "2026-04-01", "2026-03-01", "2026-04-01"), runDate: "2026-03-31",
    expect: null,
  },
  {
    name: "issue lead 5 days: April's invoice on Mar 27",
    facts: facts({ activatedOn: "2026-03-20" }),
    rules: { ...FIXED_1, issueLeadDays: 5 }, last: span("2026-03-20", "2026-04-01", "2026-03-01", "2026-04-01"), runDate: "2026-03-27",
    expect: { period: ["2026-04-01", "2026-05-01"], charged: ["2026-04-01", "2026-05-01"], lines: [{ kind: "service", amount: 129900 }], total: 129900 },
  },
  {
    name: "issue lead 5 days: not yet on Mar 26",
    facts: facts({ activatedOn: "2026-03-20" }),
    rules: { ...FIXED_1, issueLeadDays: 5 }, last: span("2026-03-20", "2026-04-01", "2026-03-01", "2026-04-01"), runDate: "2026-03-26",
    expect: null,
  },
  {
    name: "fixed day 15: activated on the 15th is a full first period",
    facts: facts({ activatedOn: "2026-01-15" }),
    rules: { ...FIXED_1, cycle: { kind: "fixed", day: 15 } }, last: null, runDate: "2026-01-15",
    expect: { period: ["2026-01-15", "2026-02-15"], charged: ["2026-01-15", "2026-02-15"], lines: [{ kind: "service", amount: 129900 }], total: 129900 },
  },
  {
    name: "fixed day 1: activated Feb 28 in a non-leap year pays 1/28",
    facts: facts({ activatedOn: "2026-02-28", plans: [{ from: "2026-02-28", plan: FIBER30 }] }),
    rules: FIXED_1, last: null, runDate: "2026-02-28",
    expect: { period: ["2026-02-01", "2026-03-01"], charged: ["2026-02-28", "2026-03-01"], lines: [{ kind: "service", amount: 3568 }], total: 3568 },
  },
  {
    name: "fixed day 1: activated Feb 29 in a leap year pays 1/29",
    facts: facts({ activatedOn: "2028-02-29", plans: [{ from: "2028-02-29", plan: FIBER30 }] }),
    rules: FIXED_1, last: null, runDate: "2028-02-29",
    expect: { period: ["2028-02-01", "2028-03-01"], charged: ["2028-02-29", "2028-03-01"], lines: [{ kind: "service", amount: 3445 }], total: 3445 },
  },
  {
    name: "fixed day 1: activated Apr 30 pays 1/30",
    facts: facts({ activatedOn: "2026-04-30" }),
    rules: FIXED_1, last: null, runDate: "2026-04-30",
    expect: { period: ["2026-04-01", "2026-05-01"], charged: ["2026-04-30", "2026-05-01"], lines: [{ kind: "service", amount: 4330 }], total: 4330 },
  },
  {
    name: "anniversary: activated Jan 31 pays a full first period to Feb 28",
    facts: facts({ activatedOn: "2026-01-31", installationFee: 100000 }),
    rules: ANNIVERSARY, last: null, runDate: "2026-01-31",
    expect: { period: ["2026-01-31", "2026-02-28"], charged: ["2026-01-31", "2026-02-28"], lines: [{ kind: "service", amount: 129900 }, { kind: "installation", amount: 100000 }], total: 229900 },
  },
  {
    name: "anniversary 31: after February the period is restored to Mar 31",
    facts: facts({ activatedOn: "2026-01-31" }),
    rules: ANNIVERSARY, last: span("2026-01-31", "2026-02-28"), runDate: "2026-02-28",
    expect: { period: ["2026-02-28", "2026-03-31"], charged: ["2026-02-28", "2026-03-31"], lines: [{ kind: "service", amount: 129900 }], total: 129900 },
  },
  {
    name: "anniversary 31: Mar 31 to Apr 30",
    facts: facts({ activatedOn: "2026-01-31" }),
    rules: ANNIVERSARY, last: span("2026-02-28", "2026-03-31"), runDate: "2026-03-31",
    expect: { period: ["2026-03-31", "2026-04-30"], charged: ["2026-03-31", "2026-04-30"], lines: [{ kind: "service", amount: 129900 }], total: 129900 },
  },
  {
    name: "anniversary 30 in a leap year: Feb 29 to Mar 30",
    facts: facts({ activatedOn: "2027-12-30" }),
    rules: ANNIVERSARY, last: span("2028-01-30", "2028-02-29"), runDate: "2028-02-29",
    expect: { period: ["2028-02-29", "2028-03-30"], charged: ["2028-02-29", "2028-03-30"], lines: [{ kind: "service", amount: 129900 }], total: 129900 },
  },
  {
    name: "plan change up on Apr 11: credit old and charge new for 20 of 30 days",
    facts: facts({ activatedOn: "2026-03-01", plans: [{ from: "2026-03-01", plan: FIBER50 }, { from: "2026-04-11", plan: FIBER100 }] }),
    rules: FIXED_1, last: span("2026-04-01", "2026-05-01"), runDate: "2026-05-01",
    expect: {
      period: ["2026-05-01", "2026-06-01"], charged: ["2026-05-01", "2026-06-01"],
      lines: [{ kind: "service", amount: 169900 }, { kind: "plan_change_credit", amount: -86600 }, { kind: "plan_change_charge", amount: 113267 }],
      total: 196567,
    },
  },
  {
    name: "plan change down on Apr 16: 15 of 30 days, half-up at each line",
    facts: facts({ activatedOn: "2026-03-01", plans: [{ from: "2026-03-01", plan: FIBER100 }, { from: "2026-04-16", plan: FIBER30 }] }),
    rules: FIXED_1, last: span("2026-04-01", "2026-05-01"), runDate: "2026-05-01",
    expect: {
      period: ["2026-05-01", "2026-06-01"], charged: ["2026-05-01", "2026-06-01"],
      lines: [{ kind: "service", amount: 99900 }, { kind: "plan_change_credit", amount: -84950 }, { kind: "plan_change_charge", amount: 49950 }],
      total: 64900,
    },
  },
  {
    name: "plan change on the period start bills the new plan directly, no correction",
    facts: facts({ activatedOn: "2026-03-01", plans: [{ from: "2026-03-01", plan: FIBER50 }, { from: "2026-05-01", plan: FIBER100 }] }),
    rules: FIXED_1, last: span("2026-04-01", "2026-05-01"), runDate: "2026-05-01",
    expect: { period: ["2026-05-01", "2026-06-01"], charged: ["2026-05-01", "2026-06-01"], lines: [{ kind: "service", amount: 169900 }], total: 169900 },
  },
  {
    name: "suspended Apr 10-20 (10 days) inside a billed April: credited on May's invoice",
    facts: facts({ activatedOn: "2026-03-01", suspensions: [{ from: "2026-04-10", to: "2026-04-20" }] }),
    rules: FIXED_1, last: span("2026-04-01", "2026-05-01"), runDate: "2026-05-01",
    expect: { period: ["2026-05-01", "2026-06-01"], charged: ["2026-05-01", "2026-06-01"], lines: [{ kind: "service", amount: 129900 }, { kind: "suspension_credit", amount: -43300 }], total: 86600 },
  },
  {
    name: "still suspended when May starts: no invoice",
    facts: facts({ activatedOn: "2026-03-01", suspensions: [{ from: "2026-04-20", to: null }] }),
    rules: FIXED_1, last: span("2026-04-01", "2026-05-01"), runDate: "2026-05-01",
    expect: null,
  },
  {
    name: "resumed May 11 after a suspension from Apr 20: May billed from the 11th, April's 11 suspended days credited",
    facts: facts({ activatedOn: "2026-03-01", suspensions: [{ from: "2026-04-20", to: "2026-05-11" }] }),
    rules: FIXED_1, last: span("2026-04-01", "2026-05-01"), runDate: "2026-05-11",
    expect: {
      period: ["2026-05-01", "2026-06-01"], charged: ["2026-05-11", "2026-06-01"],
      lines: [{ kind: "service", amount: 87997 }, { kind: "suspension_credit", amount: -47630 }],
      total: 40367,
    },
  },
  {
    name: "suspended all of May and resumed Jun 1: May is skipped, June billed in full",
    facts: facts({ activatedOn: "2026-03-01", suspensions: [{ from: "2026-05-01", to: "2026-06-01" }] }),
    rules: FIXED_1, last: span("2026-04-01", "2026-05-01"), runDate: "2026-06-01",
    expect: { period: ["2026-06-01", "2026-07-01"], charged: ["2026-06-01", "2026-07-01"], lines: [{ kind: "service", amount: 129900 }], total: 129900 },
  },
  {
    name: "billing suspended days as usual: no credit, suspended subscription still billed",
    facts: facts({ activatedOn: "2026-03-01", suspensions: [{ from: "2026-04-10", to: null }] }),
    rules: { ...FIXED_1, billSuspended: true }, last: span("2026-04-01", "2026-05-01"), runDate: "2026-05-01",
    expect: { period: ["2026-05-01", "2026-06-01"], charged: ["2026-05-01", "2026-06-01"], lines: [{ kind: "service", amount: 129900 }], total: 129900 },
  },
  {
    name: "cancelled Apr 20: nothing billed for May",
    facts: facts({ activatedOn: "2026-03-01", cancelledOn: "2026-04-20" }),
    rules: FIXED_1, last: span("2026-04-01", "2026-05-01"), runDate: "2026-05-01",
    expect: null,
  },
  {
    name: "cancelled May 16 before May was billed: charged to the cancellation only",
    facts: facts({ activatedOn: "2026-03-01", cancelledOn: "2026-05-16" }),
    rules: FIXED_1, last: span("2026-04-01", "2026-05-01"), runDate: "2026-05-01",
    expect: { period: ["2026-05-01", "2026-06-01"], charged: ["2026-05-01", "2026-05-16"], lines: [{ kind: "service", amount: 62855 }], total: 62855 },
  },
  {
    name: "VAT included: ₱1,299.00 carries VAT ₱139.18",
    facts: facts({ activatedOn: "2026-03-01" }),
    rules: { ...FIXED_1, taxMode: { kind: "vat_inclusive", rateBp: 1200 } }, last: span("2026-03-01", "2026-04-01"), runDate: "2026-04-01",
    expect: { period: ["2026-04-01", "2026-05-01"], charged: ["2026-04-01", "2026-05-01"], lines: [{ kind: "service", amount: 129900 }], total: 129900, vat: 13918 },
  },
  {
    name: "VAT added on top: ₱1,299.00 + ₱155.88",
    facts: facts({ activatedOn: "2026-03-01" }),
    rules: { ...FIXED_1, taxMode: { kind: "vat_exclusive", rateBp: 1200 } }, last: span("2026-03-01", "2026-04-01"), runDate: "2026-04-01",
    expect: { period: ["2026-04-01", "2026-05-01"], charged: ["2026-04-01", "2026-05-01"], lines: [{ kind: "service", amount: 129900 }], total: 145488, vat: 15588 },
  },
  {
    name: "VAT added on a prorated first invoice is computed on the sum of rounded lines",
    facts: facts({ activatedOn: "2026-03-20", installationFee: 150000 }),
    rules: { ...FIXED_1, taxMode: { kind: "vat_exclusive", rateBp: 1200 } }, last: null, runDate: "2026-03-20",
    expect: { period: ["2026-03-01", "2026-04-01"], charged: ["2026-03-20", "2026-04-01"], lines: [{ kind: "service", amount: 50284 }, { kind: "installation", amount: 150000 }], total: 224318, vat: 24034 },
  },
  {
    name: "credits larger than the charges are carried forward, never a negative invoice",
    facts: facts({ activatedOn: "2026-03-01", plans: [{ from: "2026-03-01", plan: FIBER100 }], suspensions: [{ from: "2026-04-01", to: "2026-05-31" }] }),
    rules: FIXED_1, last: span("2026-04-01", "2026-05-01"), runDate: "2026-05-31",
    expect: { period: ["2026-05-01", "2026-06-01"], charged: ["2026-05-31", "2026-06-01"], lines: [{ kind: "service", amount: 5481 }, { kind: "suspension_credit", amount: -169900 }], total: 0, creditCarried: 164419 },
  },
  {
    name: "brought over from another system, billed there until Oct 31: billed here from Nov 1, no installation fee",
    facts: facts({ activatedOn: "2024-05-17", installationFee: 150000, billedElsewhereUntil: "2026-10-31" }),
    rules: FIXED_1, last: null, runDate: "2026-11-24",
    expect: { period: ["2026-11-01", "2026-12-01"], charged: ["2026-11-01", "2026-12-01"], lines: [{ kind: "service", amount: 129900 }], total: 129900 },
  },
  {
    name: "brought over, billed there until Nov 15: billed from Nov 16, 15 of 30 days, no installation fee",
    facts: facts({ activatedOn: "2024-05-17", installationFee: 150000, billedElsewhereUntil: "2026-11-15" }),
    rules: FIXED_1, last: null, runDate: "2026-11-24",
    expect: { period: ["2026-11-01", "2026-12-01"], charged: ["2026-11-16", "2026-12-01"], lines: [{ kind: "service", amount: 64950 }], total: 64950 },
  },
  {
    name: "brought over, billed there until Nov 30: nothing due here before December",
    facts: facts({ activatedOn: "2024-05-17", installationFee: 150000, billedElsewhereUntil: "2026-11-30" }),
    rules: FIXED_1, last: null, runDate: "2026-11-24",
    expect: null,
  },
  {
    name: "brought over, the date before the activation: billed from the activation, still no installation fee",
    facts: facts({ activatedOn: "2026-11-10", installationFee: 150000, billedElsewhereUntil: "2026-10-31" }),
    rules: FIXED_1, last: null, runDate: "2026-11-10",
    expect: { period: ["2026-11-01", "2026-12-01"], charged: ["2026-11-10", "2026-12-01"], lines: [{ kind: "service", amount: 90930 }], total: 90930 },
  },
  {
    name: "anniversary, brought over and billed there until Nov 14: billed from its anniversary, Nov 15, a full period",
    facts: facts({ activatedOn: "2025-03-15", billedElsewhereUntil: "2026-11-14" }),
    rules: ANNIVERSARY, last: null, runDate: "2026-11-20",
    expect: { period: ["2026-11-15", "2026-12-15"], charged: ["2026-11-15", "2026-12-15"], lines: [{ kind: "service", amount: 129900 }], total: 129900 },
  },
  {
    name: "activated in 2024 and never billed anywhere (no billed-elsewhere date): the first invoice bills from the activation, with installation",
    facts: facts({ activatedOn: "2024-05-17", installationFee: 150000 }),
    rules: FIXED_1, last: null, runDate: "2026-11-24",
    expect: { period: ["2024-05-01", "2024-06-01"], charged: ["2024-05-17", "2024-06-01"], lines: [{ kind: "service", amount: 62855 }, { kind: "installation", amount: 150000 }], total: 212855 },
  },
  {
    name: "an activation on Nov 25 entered a week late, after the period turned: November first, 6 of 30 days, with installation",
    facts: facts({ activatedOn: "2026-11-25", installationFee: 150000 }),
    rules: FIXED_1, last: null, runDate: "2026-12-02",
    expect: { period: ["2026-11-01", "2026-12-01"], charged: ["2026-11-25", "2026-12-01"], lines: [{ kind: "service", amount: 25980 }, { kind: "installation", amount: 150000 }], total: 175980 },
  },
  {
    name: "the same late activation, once November is invoiced: December in full, the same run",
    facts: facts({ activatedOn: "2026-11-25", installationFee: 150000 }),
    rules: FIXED_1, last: span("2026-11-25", "2026-12-01", "2026-11-01", "2026-12-01"), runDate: "2026-12-02",
    expect: { period: ["2026-12-01", "2027-01-01"], charged: ["2026-12-01", "2027-01-01"], lines: [{ kind: "service", amount: 129900 }], total: 129900 },
  },
  {
    name: "activated last period and never invoiced: that period is still billed first, prorated, with installation",
    facts: facts({ activatedOn: "2026-10-20", installationFee: 150000 }),
    rules: FIXED_1, last: null, runDate: "2026-10-31",
    expect: { period: ["2026-10-01", "2026-11-01"], charged: ["2026-10-20", "2026-11-01"], lines: [{ kind: "service", amount: 50284 }, { kind: "installation", amount: 150000 }], total: 200284 },
  },
  {
    name: "pending (never activated) periods before activation are not billed: first run after activation only",
    facts: facts({ activatedOn: "2026-06-10" }),
    rules: FIXED_1, last: null, runDate: "2026-06-09",
    expect: null,
  },
];
