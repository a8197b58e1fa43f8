import type { Metadata } from "next";
import Link from "next/link";
import { Play, Settings } from "lucide-react";
import { BillingAreaTabs } from "@/components/billing/area-tabs";
import { displayStatus } from "@/components/billing/invoice-status";
import { InvoicesDataTable } from "@/components/billing/invoices-table/data-table";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { invoiceFilterOptions, invoiceTotals, listInvoices } from "@/db/queries/invoices";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { formatPesos } from "@/lib/money";
import { hasPermission } from "@/lib/permissions/check";
import { tenantDate } from "@/lib/time/format";
import { invoiceListSchema } from "@/lib/validations/invoice-list";
import { plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Billing" };

const monthFmt = new Intl.DateTimeFormat("en-PH", { month: "long", year: "numeric", timeZone: "UTC" });

export default async function BillingPage({ searchParams }: PageProps<"/t/[tenant]/billing">) {
  const { tenant, user } = await requirePermission("billing.view");
  const state = invoiceListSchema.parse(await searchParams);
  const today = tenantDate(new Date(), tenant.timeZone);
  const { list, options, totals } = await withTenant(tenant.id, async (tx) => ({
    list: await listInvoices(tx, {
      q: state.q,
      status: state.status,
      period: state.period,
      barangayId: state.barangay,
      overdueDays: state.overdue,
      runId: state.run,
      today,
      sort: state.sort,
      dir: state.dir,
      page: state.page,
      pageSize: state.size,
    }),
    options: await invoiceFilterOptions(tx),
    totals: await invoiceTotals(tx, { today }),
  }));
  const canRun = hasPermission(user, "billing.run");
  const rows = list.rows.map((r) => ({ ...r, ...displayStatus(r.status, r.dueDate, today) }));
  const periods = options.months.map((m) => ({ value: m, label: monthFmt.format(new Date(`${m}-01T00:00:00Z`)) }));
  return (
    <>
      <BillingAreaTabs current="/billing" canRun={canRun} />
      <PageHeader
        title="Invoices"
        description="Every invoice your billing runs created, with what is still owed."
        actions={
          <>
            {hasPermission(user, "settings.manage") ? (
              <Button asChild variant="outline">
                <Link href="/settings/billing">
                  <Settings /> Billing settings
                </Link>
              </Button>
            ) : null}
            {canRun ? (
              <Button asChild>
                <Link href="/billing/run">
                  <Play /> Run billing
                </Link>
              </Button>
            ) : null}
          </>
        }
      />
      <div className="mb-6 grid gap-4 sm:grid-cols-2">
        <Card>
          <CardHeader>
            <CardDescription>Unpaid ({plural(totals.unpaidCount, "invoice")})</CardDescription>
            <CardTitle className="text-2xl tabular-nums">{formatPesos(totals.unpaidBalance)}</CardTitle>
          </CardHeader>
        </Card>
        <Card>
          <CardHeader>
            <CardDescription>
              <Link href="/billing?status=overdue" className="underline-offset-4 hover:underline">
                Overdue ({plural(totals.overdueCount, "invoice")})
              </Link>
            </CardDescription>
            <CardTitle className="text-2xl tabular-nums text-destructive">{formatPesos(totals.overdueBalance)}</CardTitle>
          </CardHeader>
        </Card>
      </div>
      <InvoicesDataTable rows={rows} total={list.total} state={state} options={{ barangays: options.barangays, periods }} />
    </>
  );
}
