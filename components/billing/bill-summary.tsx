import type { BillFacts } from "@/lib/billing/bill-facts";
import type { PayTo } from "@/lib/billing/pay-to";
import { formatPesos } from "@/lib/money";
import { dueLines, payToLines, QR_CAPTION, summaryRows, transferNote } from "./bill-text";
import { QrCode } from "./qr-code";

/**
 * The account summary a subscriber reads on the bill, the same words and
 * figures as the PDF (bill-text.ts): previous balance, payments since, current
 * charges, total amount due, when to pay and when service may be cut, and the
 * QR code the cashier scans.
 */
export function BillSummary({ facts, accountNo, qr }: { facts: BillFacts; accountNo: string; qr: { size: number; path: string } }) {
  const { due, warning, credit } = dueLines(facts);
  const rows = summaryRows(facts);
  return (
    <section aria-labelledby="bill-summary-title" className="flex flex-col gap-4 rounded-lg border p-4 sm:flex-row sm:items-start">
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <h2 id="bill-summary-title" className="font-semibold">
          Account summary
        </h2>
        <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm" data-testid="bill-summary">
          {rows.map((r) => (
            // One grid row each; the total's rule runs under both columns.
            <div key={r.label} className={`col-span-2 grid grid-cols-subgrid ${r.strong ? "mt-1 border-t pt-1 text-base font-semibold" : ""}`}>
              <dt className={r.strong ? undefined : "text-muted-foreground"}>{r.label}</dt>
              <dd className="text-right tabular-nums whitespace-nowrap">{r.amount}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm">{due}</p>
        {warning ? (
          <p className="text-sm font-medium text-destructive" data-testid="bill-disconnection">
            {warning}
          </p>
        ) : null}
        {credit ? <p className="text-sm">{credit}</p> : null}
      </div>
      <figure className="flex flex-col items-center gap-1 self-center sm:self-start">
        <QrCode size={qr.size} path={qr.path} label={`QR code: account ${accountNo}, amount due ${formatPesos(Math.max(0, facts.totalDue))}`} className="size-32" />
        <figcaption className="text-center text-xs text-muted-foreground">
          {QR_CAPTION}
          <br />
          <span className="font-mono">{accountNo}</span>
        </figcaption>
      </figure>
    </section>
  );
}

/** How to pay, as entered in Settings > Billing; nothing at all while none is entered. */
export function PayToList({ payTo, accountNo }: { payTo: PayTo; accountNo: string }) {
  const lines = payToLines(payTo);
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby="pay-to-title" className="flex flex-col gap-2">
      <h2 id="pay-to-title" className="font-semibold">
        How to pay
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="pay-to">
        {lines.map((l, i) => (
          <div key={i} className="contents">
            <dt className="text-muted-foreground">{l.label}</dt>
            <dd className="min-w-0 break-words">{l.text}</dd>
          </div>
        ))}
      </dl>
      <p className="text-xs text-muted-foreground">{transferNote(accountNo)}</p>
    </section>
  );
}
