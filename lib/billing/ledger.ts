/**
 * A customer's statement of account: invoices and charges raise the balance,
 * payments and credits lower it, in date order with a running balance. Voided
 * documents are listed for the record but move nothing.
 */
export type LedgerSource =
  | { kind: "invoice"; date: string; ref: string; description: string; amount: number; void: boolean; at: string }
  | { kind: "payment"; date: string; ref: string; description: string; amount: number; void: boolean; at: string }
  | { kind: "charge" | "credit"; date: string; ref: string; description: string; amount: number; void: false; at: string };

export type LedgerEntry = LedgerSource & { debit: number; credit: number; balance: number };

export function buildLedger(sources: LedgerSource[], opening = 0): { entries: LedgerEntry[]; closing: number } {
  const ordered = [...sources].sort((a, b) => (a.date === b.date ? (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) : a.date < b.date ? -1 : 1));
  let balance = opening;
  const entries = ordered.map((s) => {
    const raises = s.kind === "invoice" || s.kind === "charge";
    const counted = s.void ? 0 : s.amount;
    const debit = raises ? counted : 0;
    const credit = raises ? 0 : counted;
    balance += debit - credit;
    return { ...s, debit, credit, balance };
  });
  return { entries, closing: balance };
}
