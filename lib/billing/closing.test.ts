import { describe, expect, it } from "vitest";
import { CLOSING_CASES } from "./closing.cases";
import { closingLines } from "./compose";

describe("closingLines (credit for the unused days of a cancelled subscription)", () => {
  it.each(CLOSING_CASES)("$name", ({ facts, rules, last, expect: want }) => {
    expect(closingLines(facts, rules, last).map((l) => ({ kind: l.kind, amount: l.amount }))).toEqual(want);
  });
});
