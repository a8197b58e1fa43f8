import { describe, expect, it } from "vitest";
import { ADJUSTMENT_LINES_CASES } from "./adjustment-lines.cases";
import { withAdjustments } from "./compose";

describe("withAdjustments (pending charges and credits on the next invoice)", () => {
  it.each(ADJUSTMENT_LINES_CASES)("$name", ({ draft, pending, taxMode, expect: want }) => {
    const out = withAdjustments(draft, pending, taxMode);
    expect(out.lines.map((l) => ({ kind: l.kind, amount: l.amount }))).toEqual(want.lines);
    expect(out.totals.total).toBe(want.total);
    if (want.vat !== undefined) expect(out.totals.vat).toBe(want.vat);
    expect(out.creditCarried).toBe(want.creditCarried);
    expect(out.totals.subtotal).toBe(Math.max(0, out.lines.reduce((s, l) => s + l.amount, 0)));
  });
});
