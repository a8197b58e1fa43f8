import type { Metadata } from "next";
import Link from "next/link";
import { CalendarCheck } from "lucide-react";
import { BalanceFigure, OpenInvoicesCard, RecentPaymentsCard } from "@/components/billing/payments/account-summary";
import { CustomerSearch } from "@/components/billing/payments/customer-search";
import { customerName } from "@/components/billing/payments/format";
import { PaymentForm } from "@/components/billing/payments/payment-form";
import { SearchResults } from "@/components/billing/payments/search-results";
import { CustomerStatusBadge } from "@/components/customers/customer-status-badge";
import { PhoneLink } from "@/components/customers/phone-link";
import { SettlementBreakdown, settlementLabel } from "@/components/billing/settlement-breakdown";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getCustomer, listCustomers } from "@/db/queries/customers";
import { openInvoicesOf, recentPayments } from "@/db/queries/payments";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { parseBillQr } from "@/lib/billing/bill-qr";
import { settlementOf } from "@/lib/collections/settlement";
import { formatPesos } from "@/lib/money";
import { hasPermission } from "@/lib/permissions/check";
import { tenantDate } from "@/lib/time/format";
import { postPaymentAction } from "./actions";
import { z } from "zod";

export const metadata: Metadata = { title: "Payments" };

const searchSchema = z.object({
  q: z.string().trim().max(100).catch("").default(""),
  customer: z.uuid().optional().catch(undefined),
  /** Opened from an invoice's Receive payment: that invoice is ticked and its balance filled in. */
  invoice: z.uuid().optional().catch(undefined),
});

export default async function PaymentsPage({ searchParams }: PageProps<"/t/[tenant]/payments">) {
  const { tenant, user } = await requirePermission("payments.view");
  const { q: typed, customer: pickedId, invoice: invoiceId } = searchSchema.parse(await searchParams);
  // A bill's QR code, read by a scanner into the search box (or pasted from a phone), finds its account.
  const q = parseBillQr(typed)?.accountNo ?? typed;
  const today = tenantDate(new Date(), tenant.timeZone);
  const data = await withTenant(tenant.id, async (tx) => {
    const search = q && !pickedId ? await listCustomers(tx, { q, sort: "name", dir: "asc", page: 1, pageSize: 8 }) : null;
    // One match (an account number, usually) is picked at once: one less tap per customer in the queue.
    const id = pickedId ?? (search?.total === 1 ? search.rows[0]!.id : undefined);
    const customer = id ? await getCustomer(tx, { id }) : null;
    if (!customer) return { search, account: null };
    const [settlement, invoices, payments] = [
      await settlementOf(tx, tenant.id, customer.id),
      await openInvoicesOf(tx, { customerId: customer.id }),
      await recentPayments(tx, { customerId: customer.id }),
    ];
    return { search, account: { customer, settlement, invoices, payments } };
  });
  const canPost = hasPermission(user, "payments.create");
  const account = data.account;
  // Only an open invoice of this customer: another customer's id (or a paid invoice) preselects nothing.
  const chosen = invoiceId ? account?.invoices.find((i) => i.id === invoiceId) : undefined;
  return (
    <>
      <PageHeader
        title="Payments"
        description="Find the customer, take the money, hand over the receipt."
        actions={
          <Button asChild variant="outline">
            <Link href="/payments/day">
              <CalendarCheck /> End of day
            </Link>
          </Button>
        }
      />
      <div className="flex max-w-5xl flex-col gap-6">
        {/* Keyed so "Next customer" (a client navigation to /payments) remounts it: empty and focused. */}
        <CustomerSearch key={`${q}|${account?.customer.id ?? ""}`} q={q} autoFocus={!account} />
        {data.search && !account ? <SearchResults q={q} rows={data.search.rows} total={data.search.total} /> : null}
        {pickedId && !account ? <p className="text-sm text-destructive">That customer was not found.</p> : null}
        {!q && !account ? <p className="text-sm text-muted-foreground">Type an account number, a name or a mobile number and press Enter.</p> : null}
        {account ? (
          // On a phone the form comes right after the balance; on a desktop it sits beside the account.
          <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2 lg:gap-6">
            <Card className="gap-2 py-4 lg:col-start-1">
              <CardHeader className="px-4">
                <CardTitle className="flex flex-wrap items-center gap-2 text-lg">
                  {customerName(account.customer)} <CustomerStatusBadge status={account.customer.status} />
                </CardTitle>
                <p className="text-sm text-muted-foreground">
                  <span className="font-mono">{account.customer.accountNo}</span> · <PhoneLink mobile={account.customer.mobile} /> · {account.customer.barangay}
                </p>
              </CardHeader>
              <CardContent className="flex flex-col gap-3 px-4">
                {account.settlement.total > 0 ? (
                  <div>
                    <p className="text-sm text-muted-foreground">{settlementLabel(account.settlement)}</p>
                    <p className="text-3xl font-semibold tabular-nums">{formatPesos(account.settlement.total)}</p>
                  </div>
                ) : (
                  <div>
                    <p className="text-sm text-muted-foreground">Balance</p>
                    <p className="text-3xl font-semibold tabular-nums">
                      <BalanceFigure balance={account.settlement.balance} />
                    </p>
                  </div>
                )}
                <SettlementBreakdown settlement={account.settlement} />
              </CardContent>
            </Card>
            <Card className="py-4 lg:col-start-2 lg:row-span-3 lg:row-start-1">
              <CardHeader className="px-4">
                <CardTitle className="text-base">Receive payment</CardTitle>
              </CardHeader>
              <CardContent className="px-4">
                {canPost ? (
                  <PaymentForm
                    // Keyed by what was asked for, not by what is still open: the invoice this payment
                    // just paid is no longer open, and a new key would wipe the posted summary.
                    key={`${account.customer.id}|${invoiceId ?? ""}`}
                    action={postPaymentAction}
                    customerId={account.customer.id}
                    chosen={chosen ? { id: chosen.id, balance: chosen.balance } : undefined}
                    invoices={account.invoices.map((i) => ({ id: i.id, number: i.number, dueDate: i.dueDate, balance: i.balance }))}
                    today={today}
                    amountDue={account.settlement.total}
                  />
                ) : (
                  <p className="text-sm text-muted-foreground">Your role can look up payments but not post them.</p>
                )}
              </CardContent>
            </Card>
            <div className="lg:col-start-1">
              <OpenInvoicesCard invoices={account.invoices} today={today} />
            </div>
            <div className="lg:col-start-1">
              <RecentPaymentsCard payments={account.payments} />
            </div>
          </div>
        ) : null}
      </div>
    </>
  );
}
