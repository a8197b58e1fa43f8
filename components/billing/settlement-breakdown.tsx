import type { Settlement } from "@/lib/collections/settlement";
import { formatPesos } from "@/lib/money";
import { cn } from "@/lib/utils";
import { formatDay } from "./payments/format";

/** What the total asks for: clearing the account, and for a line cut for non-payment, getting it back. */
export function settlementLabel(s: Settlement): string {
  return s.reconnection.lines > 0 ? "To clear the account and reconnect" : "To clear the account";
}

/**
 * The amount to clear a customer's account, item by item (lib/collections/settlement.ts):
 * the same list on the cashier screen and the customer page.
 */
export function SettlementBreakdown({ settlement: s, className }: { settlement: Settlement; className?: string }) {
  // Nothing to pay: the charges still waiting for an invoice are covered by the money already paid.
  if (s.total === 0) {
    const left = -(s.balance + s.reconnection.fee);
    return <p className={cn("text-sm text-muted-foreground", className)}>{left > 0 ? `Nothing owed; credit of ${formatPesos(left)} for the next invoice.` : "Nothing owed."}</p>;
  }
  return (
    <dl className={cn("flex flex-col gap-1 text-sm", className)} aria-label="Amount to clear the account">
      {s.invoices.map((i) => (
        <Row key={i.id} label={<>Invoice <span className="font-mono text-xs">{i.number}</span>, due {formatDay(i.dueDate)}</>} amount={formatPesos(i.balance)} />
      ))}
      {s.charges.map((c) => (
        <Row key={c.id} label={<>{c.reason} <span className="text-muted-foreground">(not yet invoiced)</span></>} amount={formatPesos(c.amount)} />
      ))}
      {s.credit !== 0 ? <Row label={s.credit > 0 ? "Credit on the account" : "Other charges"} amount={s.credit > 0 ? `−${formatPesos(s.credit)}` : formatPesos(-s.credit)} /> : null}
      {s.reconnection.lines > 0 && s.reconnection.fee > 0 ? (
        <Row
          label={<>Reconnection fee{s.reconnection.lines > 1 ? ` (${s.reconnection.lines} lines)` : ""} <span className="text-muted-foreground">(charged when paid)</span></>}
          amount={formatPesos(s.reconnection.fee)}
        />
      ) : null}
      <div className="mt-1 flex items-baseline justify-between gap-4 border-t pt-2 font-semibold">
        <dt>{settlementLabel(s)}</dt>
        <dd className="tabular-nums" data-testid="settlement-total">
          {formatPesos(s.total)}
        </dd>
      </div>
    </dl>
  );
}

function Row({ label, amount }: { label: React.ReactNode; amount: string }) {
  return (
    <div className="flex items-baseline justify-between gap-4">
      <dt className="min-w-0">{label}</dt>
      <dd className="shrink-0 tabular-nums">{amount}</dd>
    </div>
  );
}
