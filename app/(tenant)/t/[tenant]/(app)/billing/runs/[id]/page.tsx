import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CircleCheck, List } from "lucide-react";
import { z } from "zod";
import { BillingAreaTabs } from "@/components/billing/area-tabs";
import { BatchPdfPanel } from "@/components/billing/batch-pdf-panel";
import { formatIsoDate } from "@/components/billing/format";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { latestBackgroundJob } from "@/db/queries/background-jobs";
import { getBillingRun, listInvoices } from "@/db/queries/invoices";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { formatPesos } from "@/lib/money";
import { jobView } from "@/lib/background/view";
import { hasPermission } from "@/lib/permissions/check";
import { formatDateTime, tenantDate } from "@/lib/time/format";
import { prepareBatchPdfAction } from "../../actions";

export const metadata: Metadata = { title: "Billing run" };

const LISTED = 100;

/** What a billing run created: the number range, totals, and links to its invoices. */
export default async function BillingRunResultPage({ params }: PageProps<"/t/[tenant]/billing/runs/[id]">) {
  const { tenant, user } = await requirePermission("billing.view");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const today = tenantDate(new Date(), tenant.timeZone);
  const data = await withTenant(tenant.id, async (tx) => {
    const run = await getBillingRun(tx, { id });
    if (!run) return null;
    const list = await listInvoices(tx, { runId: id, today, sort: "number", dir: "asc", page: 1, pageSize: LISTED });
    const batch = await latestBackgroundJob(tx, { kind: "invoice_batch_pdf", subjectId: id });
    return { run, list, batch };
  });
  if (!data) notFound();
  const { run, list, batch } = data;
  return (
    <>
      <BillingAreaTabs current={null} canRun={hasPermission(user, "billing.run")} />
      <PageHeader
        title={`Billing run of ${formatIsoDate(run.runDate)}`}
        description={`Created ${formatDateTime(run.createdAt, tenant.timeZone)}${run.createdBy ? ` by ${run.createdBy}` : ""}.`}
      />
      <Alert role="status" className="mb-6">
        <CircleCheck />
        <AlertTitle>
          {run.invoiceCount.toLocaleString("en-PH")} {run.invoiceCount === 1 ? "invoice" : "invoices"} created, totalling {formatPesos(run.total)}
        </AlertTitle>
        <AlertDescription>
          {run.first === run.last ? `Invoice ${run.first}.` : `Numbers ${run.first} to ${run.last}.`}
        </AlertDescription>
      </Alert>
      {run.invoiceCount > 0 ? (
        <Card className="mb-6">
          <CardHeader>
            <CardTitle>Batch PDF</CardTitle>
            <CardDescription>Every invoice of this run in one PDF, one per page in number order, for collectors who deliver paper bills.</CardDescription>
          </CardHeader>
          <CardContent>
            <BatchPdfPanel action={prepareBatchPdfAction} runId={run.id} invoiceCount={run.invoiceCount} latest={batch ? jobView(batch) : null} />
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardHeader className="flex flex-row items-center justify-between gap-4">
          <CardTitle>Invoices of this run</CardTitle>
          <Button asChild variant="outline" size="sm">
            <Link href={`/billing?run=${run.id}&sort=number&dir=asc`}>
              <List /> Open in the invoice list
            </Link>
          </Button>
        </CardHeader>
        <CardContent>
          <ul className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
            {list.rows.map((r) => (
              <li key={r.id} className="flex justify-between gap-3">
                <Link href={`/billing/invoices/${r.id}`} className="font-mono text-xs whitespace-nowrap underline-offset-4 hover:underline">
                  {r.number}
                </Link>
                <span className="truncate">{r.customerName}</span>
                <span className="tabular-nums">{formatPesos(r.total)}</span>
              </li>
            ))}
          </ul>
          {list.total > list.rows.length ? <p className="mt-3 text-sm text-muted-foreground">The first {LISTED} are listed; open the invoice list for all {list.total.toLocaleString("en-PH")}.</p> : null}
        </CardContent>
      </Card>
    </>
  );
}
