import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { BillingAreaTabs } from "@/components/billing/area-tabs";
import { BillSummary, PayToList } from "@/components/billing/bill-summary";
import { formatIsoDate, formatPeriod } from "@/components/billing/format";
import { InvoiceLinesTable } from "@/components/billing/invoice-lines-table";
import { displayStatus, InvoiceStatusBadge } from "@/components/billing/invoice-status";
import { SellerHeader } from "@/components/billing/seller-header";
import { SendDocumentForm } from "@/components/billing/send-document-form";
import { VoidInvoiceForm } from "@/components/billing/void-invoice-form";
import { PageHeader } from "@/components/shell/page-header";
import { Download, HandCoins, Printer } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { invoiceForMessage } from "@/db/queries/document-recipients";
import { getInvoice } from "@/db/queries/invoices";
import { sellerDetails } from "@/db/queries/seller";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { billsFor } from "@/lib/billing/bill-facts";
import { qrSvgPath } from "@/lib/billing/bill-qr";
import { METHOD_LABELS } from "@/lib/billing/payments";
import { describeTargets, sendTargets } from "@/lib/documents/send";
import { formatPesos } from "@/lib/money";
import { hasPermission } from "@/lib/permissions/check";
import { formatDateTime, tenantDate } from "@/lib/time/format";
import { formatBuyerTin } from "@/lib/validations/billing-settings";
import { sendInvoiceAction, voidInvoiceAction } from "../../actions";

export const metadata: Metadata = { title: "Invoice" };

export default async function InvoicePage({ params }: PageProps<"/t/[tenant]/billing/invoices/[id]">) {
  const { tenant, user } = await requirePermission("billing.view");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const data = await withTenant(tenant.id, async (tx) => {
    const invoice = await getInvoice(tx, { id });
    if (!invoice) return null;
    const contact = await invoiceForMessage(tx, { id });
    const targets = contact ? await sendTargets(tx, tenant.id, "invoice", contact) : [];
    // The same facts and how-to-pay as the PDF prints (lib/billing/bill-facts.ts).
    const { payTo, facts } = await billsFor(tx, tenant.id, [invoice], { ids: [id] });
    return { invoice, seller: await sellerDetails(tx), targets, payTo, bill: facts.get(id) ?? null };
  });
  if (!data) notFound();
  const { invoice: inv, seller, targets, payTo, bill } = data;
  const today = tenantDate(new Date(), tenant.timeZone);
  const shown = displayStatus(inv.status, inv.dueDate, today);
  const balance = inv.status === "void" ? 0 : inv.total - inv.amountPaid;
  const canVoid = hasPermission(user, "billing.void") && inv.status !== "void";
  // Receive payment opens the cashier screen on this customer with this invoice ticked: only for who may post payments.
  const canReceive = hasPermission(user, "payments.create") && inv.status !== "void" && balance > 0;
  const pdf = `/api/pdf/invoices/${inv.id}`;
  return (
    <>
      <BillingAreaTabs current={null} canRun={hasPermission(user, "billing.run")} />
      <PageHeader
        title={`Invoice ${inv.number}`}
        description={`${inv.lastName}, ${inv.firstName} · ${formatPeriod(inv.periodStart, inv.periodEnd)}`}
        actions={
          <>
            <Button asChild variant="outline">
              <a href={`${pdf}?download=1`} download={`${inv.number}.pdf`}>
                <Download /> Download PDF
              </a>
            </Button>
            {/* The PDF is the document the customer gets: print it from the browser's PDF viewer, in a new tab. */}
            <Button asChild variant="outline">
              <a href={pdf} target="_blank" rel="noopener">
                <Printer /> Print
              </a>
            </Button>
            {canReceive ? (
              <Button asChild>
                <Link href={`/payments?customer=${inv.customerId}&invoice=${inv.id}`}>
                  <HandCoins /> Receive payment
                </Link>
              </Button>
            ) : null}
          </>
        }
      />
      {inv.status === "void" ? (
        <Alert variant="destructive" className="mb-4">
          <AlertTitle>Void: the number {inv.number} stays used and is never given to another invoice</AlertTitle>
          <AlertDescription>
            {inv.voidReason} · {inv.voidedBy ?? "Unknown"}, {formatDateTime(inv.voidedAt, tenant.timeZone)}
          </AlertDescription>
        </Alert>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <SellerHeader seller={seller} fallbackName={tenant.name} taxMode={inv.taxMode} />
          </CardHeader>
          <CardContent className="flex flex-col gap-6">
            <div className="grid gap-4 text-sm sm:grid-cols-2">
              <div>
                <div className="text-xs text-muted-foreground">Billed to</div>
                <Link href={`/customers/${inv.customerId}`} className="font-medium underline-offset-4 hover:underline">
                  {inv.lastName}, {inv.firstName}
                </Link>
                <div className="font-mono text-xs">{inv.accountNo}</div>
                <div className="text-muted-foreground">{[inv.addressLine, inv.barangay, inv.city, inv.province].filter(Boolean).join(", ")}</div>
                {inv.tin ? <div>TIN {formatBuyerTin(inv.tin)}</div> : null}
              </div>
              <dl className="grid grid-cols-2 gap-x-4 gap-y-1">
                <dt className="text-muted-foreground">Invoice no.</dt>
                <dd className="font-mono">{inv.number}</dd>
                <dt className="text-muted-foreground">Issued</dt>
                <dd>{formatIsoDate(inv.issueDate)}</dd>
                <dt className="text-muted-foreground">Due</dt>
                <dd>{formatIsoDate(inv.dueDate)}</dd>
                <dt className="text-muted-foreground">Period</dt>
                <dd>{formatPeriod(inv.periodStart, inv.periodEnd)}</dd>
                <dt className="text-muted-foreground">Status</dt>
                <dd>
                  <InvoiceStatusBadge status={shown.status} daysOverdue={shown.daysOverdue} />
                </dd>
              </dl>
            </div>
            <InvoiceLinesTable lines={inv.lines} totals={{ subtotal: inv.subtotal, vatable: inv.vatable, vat: inv.vat, total: inv.total }} taxMode={inv.taxMode} />
            {bill ? (
              <>
                <BillSummary facts={bill} accountNo={inv.accountNo} qr={qrSvgPath(bill.qrText)} />
                <PayToList payTo={payTo} accountNo={inv.accountNo} />
              </>
            ) : null}
          </CardContent>
        </Card>
        <div className="flex flex-col gap-4">
          <Card>
            <CardHeader>
              <CardDescription>Balance</CardDescription>
              <CardTitle className="text-3xl tabular-nums" data-testid="invoice-balance">
                {formatPesos(balance)}
              </CardTitle>
              <p className="text-xs text-muted-foreground">
                {formatPesos(inv.total)} total, {formatPesos(inv.amountPaid)} paid
              </p>
            </CardHeader>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Payments</CardTitle>
            </CardHeader>
            <CardContent>
              {inv.allocations.length === 0 ? (
                <p className="text-sm text-muted-foreground">No payments allocated yet.</p>
              ) : (
                <ul className="flex flex-col divide-y text-sm">
                  {inv.allocations.map((a) => (
                    <li key={a.id} className="flex items-center justify-between gap-3 py-2">
                      <div>
                        <Link href={`/payments/${a.paymentId}`} className="font-mono text-xs underline-offset-4 hover:underline">
                          {a.receiptNumber}
                        </Link>
                        <div className="text-xs text-muted-foreground">
                          {formatIsoDate(a.paidOn)} · {METHOD_LABELS[a.method]}
                        </div>
                      </div>
                      <span className="tabular-nums">{formatPesos(a.amount)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>
          {inv.status !== "void" ? (
            <Card>
              <CardHeader>
                <CardTitle>Send to customer</CardTitle>
              </CardHeader>
              <CardContent className="flex flex-col">
                <SendDocumentForm
                  action={sendInvoiceAction}
                  id={inv.id}
                  what="invoice"
                  reach={describeTargets(targets)}
                  outboxHref={hasPermission(user, "notifications.view") ? `/notifications?q=${encodeURIComponent(inv.accountNo)}&template=invoice_sent` : null}
                />
              </CardContent>
            </Card>
          ) : null}
          {canVoid ? (
            <Card>
              <CardHeader>
                <CardTitle>Void</CardTitle>
              </CardHeader>
              <CardContent className="flex flex-col">
                {inv.amountPaid > 0 ? (
                  <p className="text-sm text-muted-foreground">Payments are allocated to this invoice: void those payments first, then void the invoice.</p>
                ) : (
                  <VoidInvoiceForm action={voidInvoiceAction} invoiceId={inv.id} number={inv.number} />
                )}
              </CardContent>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
