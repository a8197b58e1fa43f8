import { formatPesos } from "@/lib/money";

type CountText = { one: string; many: string; money?: false } | { label: string; money: true };

/**
 * What each count in a step's summary means, in words, in the order to read
 * them (jsonb keeps its own key order). Amounts are centavos. A key this list
 * does not know is shown as it is, so a count added to a step still appears.
 */
const COUNT_TEXT: Record<string, CountText> = {
  invoices: { one: "invoice", many: "invoices" },
  total: { label: "billed", money: true },
  overdue: { one: "invoice now overdue", many: "invoices now overdue" },
  lateFees: { one: "late fee", many: "late fees" },
  amount: { label: "in late fees", money: true },
  reminders: { one: "reminder queued", many: "reminders queued" },
  suspended: { one: "line suspended", many: "lines suspended" },
  workItems: { one: "disconnection job opened", many: "disconnection jobs opened" },
  reconnect: { one: "reconnection job opened", many: "reconnection jobs opened" },
  resumed: { one: "line resumed before disconnection", many: "lines resumed before disconnection" },
  fees: { label: "in reconnection fees", money: true },
  messages: { one: "message queued", many: "messages queued" },
};
const ORDER = Object.keys(COUNT_TEXT);

function rank(key: string): number {
  const i = ORDER.indexOf(key);
  return i === -1 ? ORDER.length : i;
}

/** A step's counts as short phrases ("211 invoices", "₱3,897.00 billed"), zeros left out; none at all: "Nothing to do". */
export function describeCounts(counts: Record<string, number> | undefined): string[] {
  if (!counts) return ["Not run"];
  const out: string[] = [];
  for (const [key, value] of Object.entries(counts).sort(([a], [b]) => rank(a) - rank(b))) {
    if (!value) continue;
    const text = COUNT_TEXT[key];
    if (!text) out.push(`${key}: ${value.toLocaleString("en-PH")}`);
    else if (text.money) out.push(`${formatPesos(value)} ${text.label}`);
    else out.push(`${value.toLocaleString("en-PH")} ${value === 1 ? text.one : text.many}`);
  }
  return out.length ? out : ["Nothing to do"];
}

/** Whether a step did anything worth a line in a run's short record. */
export function didSomething(counts: Record<string, number> | undefined): boolean {
  return counts === undefined || Object.values(counts).some((v) => v !== 0);
}
