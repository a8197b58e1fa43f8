import type { PaymentDetail } from "@/db/queries/payments";
import type { SellerDetails } from "@/db/queries/seller";
import { METHOD_LABELS } from "@/lib/billing/payments";
import { formatPesos } from "@/lib/money";
import { formatDateTime } from "@/lib/time/format";
import { customerName, formatDay, formatPeriod } from "./format";

/** "123456789" + branch "0000" -> "123-456-789-0000"; anything else is printed as typed. */
function formatTin(tin: string, branch: string): string {
  const digits = tin.replace(/\D/g, "");
  const base = digits.length === 9 ? digits.replace(/(\d{3})(\d{3})(\d{3})/, "$1-$2-$3") : tin;
  return `${base}-${branch}`;
}

/**
 * The payment receipt as one document, used by the payment page and the print
 * view. Since RR 7-2024 the invoice is the primary document for services; a
 * payment receipt is supplementary and says so.
 */
export function ReceiptDocument({ payment, issuer, tenantName, timeZone }: { payment: PaymentDetail; issuer: SellerDetails; tenantName: string; timeZone: string }) {
  const isVoid = payment.status === "void";
  return (
    <article className="receipt relative mx-auto w-full max-w-[148mm] overflow-hidden rounded-md border bg-white p-6 text-sm text-black print:max-w-none print:rounded-none print:border-0 print:p-0" aria-label={`Payment receipt ${payment.receiptNumber}`}>
      {isVoid ? (
        <div aria-hidden className="pointer-events-none absolute inset-0 flex items-center justify-center">
          <span className="-rotate-[25deg] rounded-lg border-[6px] border-red-600/70 px-6 text-[96px] leading-none font-black tracking-widest text-red-600/60">VOID</span>
        </div>
      ) : null}
      <header className="border-b border-black/30 pb-3 text-center">
        <p className="text-base font-bold uppercase">{issuer.businessName || tenantName}</p>
        {issuer.address ? <p>{issuer.address}</p> : null}
        {issuer.tin ? <p>TIN {formatTin(issuer.tin, issuer.branchCode)}</p> : null}
        <p className="text-xs font-semibold">{issuer.taxMode === "none" ? "NON-VAT REGISTERED" : "VAT-REGISTERED"}</p>
      </header>
      <div className="mt-3 flex flex-wrap items-baseline justify-between gap-x-4">
        <h1 className="text-lg font-bold tracking-wide">PAYMENT RECEIPT</h1>
        <p className="font-mono text-base font-semibold whitespace-nowrap">No. {payment.receiptNumber}</p>
      </div>
      <p className="text-xs text-black/70">Supplementary document. Under BIR RR 7-2024 the invoice is the primary document for services; this receipt acknowledges payment.</p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-black/60">Date paid</dt>
        <dd>{formatDay(payment.paidOn)}</dd>
        <dt className="text-black/60">Received from</dt>
        <dd>
          <span className="font-medium">{customerName(payment)}</span> <span className="font-mono text-xs">({payment.accountNo})</span>
          {payment.addressLine ? <span className="block text-xs">{payment.addressLine}</span> : null}
        </dd>
        <dt className="text-black/60">Method</dt>
        <dd>{METHOD_LABELS[payment.method]}</dd>
        <dt className="text-black/60">Reference</dt>
        <dd className="font-mono">{payment.reference ?? "—"}</dd>
      </dl>
      <div className="mt-4 flex items-baseline justify-between border-y border-black/30 py-2">
        <span className="font-semibold">Amount received</span>
        <span className="text-xl font-bold tabular-nums">{formatPesos(payment.amount)}</span>
      </div>
      {isVoid ? (
        <p className="mt-3 font-semibold text-red-700">
          VOID: {payment.voidReason}
          <span className="block text-xs font-normal text-black/70">
            Voided {payment.voidedAt ? formatDateTime(payment.voidedAt, timeZone) : ""} {payment.voidedBy ? `by ${payment.voidedBy}` : ""}; its amounts went back to the invoices.
          </span>
        </p>
      ) : (
        <table className="mt-3 w-full">
          <thead>
            <tr className="text-left text-xs text-black/60">
              <th className="font-normal">Applied to invoice</th>
              <th className="font-normal">Period</th>
              <th className="text-right font-normal">Amount</th>
            </tr>
          </thead>
          <tbody>
            {payment.allocations.map((a) => (
              <tr key={a.invoiceId}>
                <td className="font-mono">{a.number}</td>
                <td>{formatPeriod(a.periodStart, a.periodEnd)}</td>
                <td className="text-right tabular-nums">{formatPesos(a.amount)}</td>
              </tr>
            ))}
            {payment.allocations.length === 0 ? (
              <tr>
                <td colSpan={3} className="text-black/60">
                  Not applied to an invoice.
                </td>
              </tr>
            ) : null}
            <tr className="border-t border-black/20">
              <td colSpan={2}>Credit left for the next invoice</td>
              <td className="text-right tabular-nums">{formatPesos(payment.credit)}</td>
            </tr>
          </tbody>
        </table>
      )}
      <footer className="mt-6 flex flex-col gap-1 text-xs">
        <p>
          Received by: <span className="font-medium">{payment.cashier ?? "—"}</span> · {formatDateTime(payment.createdAt, timeZone)}
        </p>
        {/* RR 7-2024 has supplementary documents carry this phrase; a receipt never supports an input-tax claim. */}
        <p className="mt-2 text-center text-sm font-bold">THIS DOCUMENT IS NOT VALID FOR CLAIM OF INPUT TAX</p>
      </footer>
    </article>
  );
}
