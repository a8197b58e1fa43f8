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
  const nothing = s.invoices.length === 0 && s.charges.length === 0 && s.credit === 0 && s.reconnection.fee === 0;
  if (nothing) return <p className={cn("text-sm text-muted-foreground", className)}>Nothing owed.</p>;
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
        <dt>{s.total > 0 ? settlementLabel(s) : "Credit left"}</dt>
        <dd className="tabular-nums" data-testid="settlement-total">
          {s.total > 0 ? formatPesos(s.total) : formatPesos(Math.max(0, -(s.balance + s.reconnection.fee)))}
        </dd>
      </div>
    </dl>
  );
}

function Row({ label, amount }: { label: React.ReactNode; amount: string }) {
  return (
    <div className="flex items-baseline justify-between gap-4">
      <dt>{label}</dt>
      <dd className="shrink-0 tabular-nums">{amount}</dd>
    </div>
  );
}
