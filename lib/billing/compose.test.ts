import { describe, expect, it } from "vitest";
import { COMPOSE_CASES } from "./compose.cases";
import { composeInvoice } from "./compose";

describe("composeInvoice", () => {
  it.each(COMPOSE_CASES)("$name", ({ facts, rules, last, runDate, expect: want }) => {
    const draft = composeInvoice(facts, rules, last, runDate);
    if (want === null) {
      expect(draft).toBeNull();
      return;
    }
    expect(draft).not.toBeNull();
    expect([draft!.period.start, draft!.period.end]).toEqual(want.period);
    expect([draft!.charged.start, draft!.charged.end]).toEqual(want.charged);
    expect(draft!.lines.map((l) => ({ kind: l.kind, amount: l.amount }))).toEqual(want.lines);
    expect(draft!.totals.total).toBe(want.total);
    if (want.vat !== undefined) expect(draft!.totals.vat).toBe(want.vat);
    expect(draft!.creditCarried).toBe(want.creditCarried ?? 0);
    expect(draft!.issueDate).toBe(runDate);
    // Totals are sums of the rounded lines.
    expect(draft!.totals.subtotal).toBe(Math.max(0, draft!.lines.reduce((s, l) => s + l.amount, 0)));
  });
});
