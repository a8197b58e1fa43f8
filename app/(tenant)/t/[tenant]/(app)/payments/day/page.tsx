import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { CollectionsByCashier, CollectionsByMethod, ReceiptList } from "@/components/billing/payments/day-report";
import { formatDay } from "@/components/billing/payments/format";
import { PrintButton } from "@/components/billing/payments/print-button";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { dayCollections } from "@/db/queries/payments";
import { sellerDetails } from "@/db/queries/seller";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { formatPesos } from "@/lib/money";
import { formatDateTime, tenantDate } from "@/lib/time/format";
import { dayQuerySchema } from "@/lib/validations/payment";

export const metadata: Metadata = { title: "End of day" };

// The app shell stays on screen but not on paper: only the report is visible when printing.
const PRINT_CSS = `@page { size: A4 portrait; margin: 12mm; }
@media print {
  body * { visibility: hidden; }
  #end-of-day, #end-of-day * { visibility: visible; }
  #end-of-day { position: absolute; inset: 0 auto auto 0; width: 100%; }
}`;

export default async function EndOfDayPage({ searchParams }: PageProps<"/t/[tenant]/payments/day">) {
  const { tenant } = await requirePermission("payments.view");
  const today = tenantDate(new Date(), tenant.timeZone);
  const date = dayQuerySchema.parse(await searchParams).date ?? today;
  const { day, issuer } = await withTenant(tenant.id, async (tx) => ({ day: await dayCollections(tx, { date }), issuer: await sellerDetails(tx) }));
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="print:hidden">
        <PageHeader
          title="End of day"
          description="Collections by cashier and method, and every receipt of the day. Totals count posted receipts only."
          actions={
            <Button asChild variant="outline">
              <Link href="/payments">
                <ArrowLeft /> Cashier
              </Link>
            </Button>
          }
        />
        <div className="mb-6 flex flex-wrap items-end gap-2">
          <Form action="/payments/day" className="flex items-end gap-2">
            <label className="flex flex-col gap-1 text-sm font-medium">
              Day
              <Input type="date" name="date" defaultValue={date} max={today} className="w-44" />
            </label>
            <Button type="submit" variant="outline">
              Show
            </Button>
          </Form>
          <PrintButton label="Print" />
        </div>
      </div>
      <section id="end-of-day" className="flex max-w-4xl flex-col gap-6" aria-label={`Collections for ${formatDay(date)}`}>
        <div>
          <p className="hidden text-sm font-semibold print:block">{issuer.businessName || tenant.name}</p>
          <h2 className="text-lg font-semibold">Collections for {formatDay(date)}</h2>
          <p className="text-sm text-muted-foreground">
            {day.count} posted {day.count === 1 ? "receipt" : "receipts"}, {formatPesos(day.total)} collected
            <span className="hidden print:inline"> · printed {formatDateTime(new Date(), tenant.timeZone)}</span>
          </p>
        </div>
        {day.receipts.length === 0 ? (
          <p className="rounded-md border border-dashed p-6 text-center text-sm text-muted-foreground">No payments were received on this day.</p>
        ) : (
          <>
            <CollectionsByMethod day={day} />
            <div>
              <h3 className="mb-2 font-medium">By cashier and method</h3>
              <CollectionsByCashier day={day} />
            </div>
            <div>
              <h3 className="mb-2 font-medium">Receipts</h3>
              <ReceiptList day={day} />
            </div>
            <div className="mt-8 hidden grid-cols-2 gap-12 text-sm print:grid">
              <p className="border-t border-black pt-1">Prepared by (cashier)</p>
              <p className="border-t border-black pt-1">Received by</p>
            </div>
          </>
        )}
      </section>
    </>
  );
}
