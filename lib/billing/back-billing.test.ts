import { describe, expect, it } from "vitest";
import { backBilling } from "./back-billing";
import { composeInvoice, type BillingRules, type DraftInvoice, type LastCharged, type SubscriptionFacts } from "./compose";
import { FIXED_1 } from "./compose.cases";

const FIBER50 = { name: "Fiber 50", monthlyFee: 129900 };

function facts(over: Partial<SubscriptionFacts> & { activatedOn: string }): SubscriptionFacts {
  return { cancelledOn: null, plans: [{ from: over.activatedOn, plan: FIBER50 }], suspensions: [], installationFee: 150000, billedElsewhereUntil: null, ...over };
}

/** Every invoice a run on `runDate` makes for a never-invoiced subscription, as planBillingRun composes them. */
function firstRun(f: SubscriptionFacts, rules: BillingRules, runDate: string): DraftInvoice[] {
  const drafts: DraftInvoice[] = [];
  let last: LastCharged = null;
  for (let draft = composeInvoice(f, rules, last, runDate); draft; draft = composeInvoice(f, rules, last, runDate)) {
    drafts.push(draft);
    last = { start: draft.charged.start, end: draft.charged.end, period: draft.period };
  }
  return drafts;
}

describe("backBilling", () => {
  it.each([
    ["activated in the run's own period: a first invoice, nothing back-billed", facts({ activatedOn: "2026-12-03" }), "2026-12-06", null],
    [
      "activated Nov 25, entered after December began: November's 6 days and the installation fee",
      facts({ activatedOn: "2026-11-25" }),
      "2026-12-02",
      { from: "2026-11-25", until: "2026-12-01", periods: 1, installationFee: 150000, amount: 25980 + 150000 },
    ],
    [
      "activated Sep 10 and never invoiced: September (prorated, with installation), October and November",
      facts({ activatedOn: "2026-09-10" }),
      "2026-12-06",
      { from: "2026-09-10", until: "2026-12-01", periods: 3, installationFee: 150000, amount: 90930 + 150000 + 129900 + 129900 },
    ],
    ["brought over, billed elsewhere until Nov 30: nothing back-billed", facts({ activatedOn: "2024-05-17", billedElsewhereUntil: "2026-11-30" }), "2026-12-06", null],
    [
      "brought over, but billed elsewhere only until Oct 31: November is back-billed, without installation",
      facts({ activatedOn: "2024-05-17", billedElsewhereUntil: "2026-10-31" }),
      "2026-12-06",
      { from: "2026-11-01", until: "2026-12-01", periods: 1, installationFee: 0, amount: 129900 },
    ],
  ] as const)("%s", (_name, f, runDate, expected) => {
    expect(backBilling(firstRun(f, FIXED_1, runDate), FIXED_1, f.activatedOn, runDate)).toEqual(expected);
  });

  it("counts the VAT a vat_exclusive seller adds", () => {
    const rules: BillingRules = { ...FIXED_1, taxMode: { kind: "vat_exclusive", rateBp: 1200 } };
    const f = facts({ activatedOn: "2026-11-25", installationFee: 0 });
    expect(backBilling(firstRun(f, rules, "2026-12-02"), rules, f.activatedOn, "2026-12-02")?.amount).toBe(25980 + 3118);
  });
});
