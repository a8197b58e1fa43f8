import { describe, expect, it } from "vitest";
import { buildLedger, type LedgerSource } from "./ledger";

const src = (s: Partial<LedgerSource> & Pick<LedgerSource, "kind" | "date" | "amount">): LedgerSource =>
  ({ ref: "", description: "", void: false, at: `${s.date}T00:00:00Z`, ...s }) as LedgerSource;

describe("buildLedger", () => {
  it("runs the balance in date order: invoices and charges up, payments and credits down", () => {
    const { entries, closing } = buildLedger([
      src({ kind: "payment", date: "2026-03-10", amount: 100000 }),
      src({ kind: "invoice", date: "2026-03-01", amount: 129900 }),
      src({ kind: "charge", date: "2026-03-15", amount: 25000 }),
      src({ kind: "credit", date: "2026-03-20", amount: 5000 }),
    ]);
    expect(entries.map((e) => [e.kind, e.debit, e.credit, e.balance])).toEqual([
      ["invoice", 129900, 0, 129900],
      ["payment", 0, 100000, 29900],
      ["charge", 25000, 0, 54900],
      ["credit", 0, 5000, 49900],
    ]);
    expect(closing).toBe(49900);
  });

  it("lists void documents without moving the balance", () => {
    const { entries, closing } = buildLedger([
      src({ kind: "invoice", date: "2026-03-01", amount: 129900 }),
      src({ kind: "payment", date: "2026-03-02", amount: 129900, void: true }),
      src({ kind: "invoice", date: "2026-03-03", amount: 500, void: true }),
    ]);
    expect(entries.map((e) => e.balance)).toEqual([129900, 129900, 129900]);
    expect(closing).toBe(129900);
  });

  it("orders same-day entries by when they were recorded, and starts from an opening balance", () => {
    const { entries } = buildLedger(
      [
        src({ kind: "payment", date: "2026-03-01", amount: 1000, at: "2026-03-01T09:00:00Z" }),
        src({ kind: "invoice", date: "2026-03-01", amount: 5000, at: "2026-03-01T08:00:00Z" }),
      ],
      2000,
    );
    expect(entries.map((e) => [e.kind, e.balance])).toEqual([
      ["invoice", 7000],
      ["payment", 6000],
    ]);
  });
});
