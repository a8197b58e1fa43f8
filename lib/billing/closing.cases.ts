import type { BillingRules, DraftLine, LastCharged, SubscriptionFacts } from "./compose";

const FIBER50 = { name: "Fiber 50", monthlyFee: 129900 };
const FIBER100 = { name: "Fiber 100", monthlyFee: 169900 };
const FIXED_1: BillingRules = { cycle: { kind: "fixed", day: 1 }, issueLeadDays: 0, dueDays: 7, billSuspended: false, taxMode: { kind: "none" } };
const ANNIVERSARY: BillingRules = { ...FIXED_1, cycle: { kind: "anniversary", day: 1 } };

const facts = (over: Partial<SubscriptionFacts> & { activatedOn: string; cancelledOn: string | null }): SubscriptionFacts => ({
  plans: [{ from: over.activatedOn, plan: FIBER50 }],
  suspensions: [],
  installationFee: 0,
  billedElsewhereUntil: null,
  ...over,
});
const span = (start: string, end: string, pStart = start, pEnd = end): LastCharged => ({ start, end, period: { start: pStart, end: pEnd } });

export type ClosingCase = { name: string; facts: SubscriptionFacts; rules: BillingRules; last: LastCharged; expect: Pick<DraftLine, "kind" | "amount">[] };

/** What a cancellation inside an invoiced span gives back (lib/billing/compose.ts closingLines). */
export const CLOSING_CASES: ClosingCase[] = [
  {
    name: "cancelled Mar 20 inside [Mar 1, Apr 1): 12 of 31 days credited (50283.87 -> 50284)",
    facts: facts({ activatedOn: "2026-01-01", cancelledOn: "2026-03-20" }),
    rules: FIXED_1, last: span("2026-03-01", "2026-04-01"),
    expect: [{ kind: "service", amount: -50284 }],
  },
  {
    name: "cancelled on the span's end: nothing to give back",
    facts: facts({ activatedOn: "2026-01-01", cancelledOn: "2026-04-01" }),
    rules: FIXED_1, last: span("2026-03-01", "2026-04-01"),
    expect: [],
  },
  {
    name: "cancelled before an invoiced period starts: the whole period credited",
    facts: facts({ activatedOn: "2026-01-01", cancelledOn: "2026-03-25" }),
    rules: FIXED_1, last: span("2026-04-01", "2026-05-01"),
    expect: [{ kind: "service", amount: -129900 }],
  },
  {
    name: "February of a non-leap year: cancelled Feb 15, 14 of 28 days",
    facts: facts({ activatedOn: "2026-01-01", cancelledOn: "2026-02-15" }),
    rules: FIXED_1, last: span("2026-02-01", "2026-03-01"),
    expect: [{ kind: "service", amount: -64950 }],
  },
  {
    name: "February of a leap year: cancelled Feb 15, 15 of 29 days (67189.66 -> 67190)",
    facts: facts({ activatedOn: "2028-01-01", cancelledOn: "2028-02-15" }),
    rules: FIXED_1, last: span("2028-02-01", "2028-03-01"),
    expect: [{ kind: "service", amount: -67190 }],
  },
  {
    name: "anniversary Jan 31: span [Jan 31, Feb 28), cancelled Feb 14, 14 of 28 days",
    facts: facts({ activatedOn: "2026-01-31", cancelledOn: "2026-02-14" }),
    rules: ANNIVERSARY, last: span("2026-01-31", "2026-02-28"),
    expect: [{ kind: "service", amount: -64950 }],
  },
  {
    name: "a suspension earlier in the span is credited too (5 days), then the unused 12",
    facts: facts({ activatedOn: "2026-01-01", cancelledOn: "2026-03-20", suspensions: [{ from: "2026-03-10", to: "2026-03-15" }] }),
    rules: FIXED_1, last: span("2026-03-01", "2026-04-01"),
    expect: [{ kind: "suspension_credit", amount: -20952 }, { kind: "service", amount: -50284 }],
  },
  {
    name: "suspended until the cancellation: suspended days and unused days, never twice (41903 + 50284 = 22/31)",
    facts: facts({ activatedOn: "2026-01-01", cancelledOn: "2026-03-20", suspensions: [{ from: "2026-03-10", to: "2026-03-20" }] }),
    rules: FIXED_1, last: span("2026-03-01", "2026-04-01"),
    expect: [{ kind: "suspension_credit", amount: -41903 }, { kind: "service", amount: -50284 }],
  },
  {
    name: "billing suspended days as usual: only the unused days after the cancellation",
    facts: facts({ activatedOn: "2026-01-01", cancelledOn: "2026-03-20", suspensions: [{ from: "2026-03-10", to: "2026-03-15" }] }),
    rules: { ...FIXED_1, billSuspended: true }, last: span("2026-03-01", "2026-04-01"),
    expect: [{ kind: "service", amount: -50284 }],
  },
  {
    name: "plan change up on Mar 10, cancelled Mar 20: the change settled, the unused days at the new fee",
    facts: facts({ activatedOn: "2026-01-01", cancelledOn: "2026-03-20", plans: [{ from: "2026-01-01", plan: FIBER50 }, { from: "2026-03-10", plan: FIBER100 }] }),
    rules: FIXED_1, last: span("2026-03-01", "2026-04-01"),
    expect: [
      { kind: "plan_change_credit", amount: -92187 },
      { kind: "plan_change_charge", amount: 120574 },
      { kind: "service", amount: -65768 },
    ],
  },
  {
    name: "not cancelled: nothing",
    facts: facts({ activatedOn: "2026-01-01", cancelledOn: null }),
    rules: FIXED_1, last: span("2026-03-01", "2026-04-01"),
    expect: [],
  },
  {
    name: "never invoiced: nothing to give back",
    facts: facts({ activatedOn: "2026-03-01", cancelledOn: "2026-03-20" }),
    rules: FIXED_1, last: null,
    expect: [],
  },
];
