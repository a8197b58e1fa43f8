import type { Metadata } from "next";
import Link from "next/link";
import { CircleCheck, Eye, History } from "lucide-react";
import { BillingAreaTabs } from "@/components/billing/area-tabs";
import { BackBilledTable } from "@/components/billing/back-billed-table";
import { formatIsoDate } from "@/components/billing/format";
import { RunConfirmForm } from "@/components/billing/run-confirm-form";
import { RunPreviewTable } from "@/components/billing/run-preview-table";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { recentBillingRuns } from "@/db/queries/invoices";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { planBillingRun } from "@/lib/billing/run";
import { formatPesos } from "@/lib/money";
import { tenantDate } from "@/lib/time/format";
import { billingRunSchema, NOTHING_TO_INVOICE } from "@/lib/validations/billing-run";
import { runBillingAction } from "../actions";
import { summarizePlan } from "./preview";

export const metadata: Metadata = { title: "Run billing" };

/**
 * Billing run in two steps: pick a date and preview (a GET, so nothing is
 * written and the preview can be reloaded), then confirm to create exactly
 * those invoices.
 */
export default async function BillingRunPage({ searchParams }: PageProps<"/t/[tenant]/billing/run">) {
  const { tenant } = await requirePermission("billing.run");
  const today = tenantDate(new Date(), tenant.timeZone);
  const { date } = await searchParams;
  const requested = typeof date === "string" ? date : undefined;
  const parsed = requested === undefined ? null : billingRunSchema.safeParse({ runDate: requested });
  const runDate = parsed?.success ? parsed.data.runDate : null;
  const dateError = parsed && !parsed.success ? "Enter the date to bill for, like 2026-12-01." : undefined;
  const { preview, runs } = await withTenant(tenant.id, async (tx) => ({
    // planBillingRun only reads; the preview never writes.
    preview: runDate ? await planBillingRun(tx, tenant.id, runDate).then((plan) => summarizePlan(plan.invoices, plan.backBilled)) : null,
    runs: await recentBillingRuns(tx, { limit: 5 }),
  }));
  return (
    <>
      <BillingAreaTabs current="/billing/run" canRun />
      <PageHeader title="Run billing" description="Invoices are billed in advance for the coming period. Preview a date, check the invoices, then create them." />
      <Card className="mb-6">
        <CardContent>
          <form method="get" action="/billing/run" aria-label="Preview a billing run">
            <Field data-invalid={Boolean(dateError)} className="sm:max-w-md">
              <FieldLabel htmlFor="run-date">Billing date</FieldLabel>
              <div className="flex gap-2">
                <Input id="run-date" name="date" type="date" defaultValue={runDate ?? requested ?? today} required className="w-48" aria-invalid={dateError ? true : undefined} aria-describedby={dateError ? "run-date-error" : "run-date-description"} />
                <Button type="submit" variant={preview ? "outline" : "default"}>
                  <Eye /> Preview
                </Button>
              </div>
              {dateError ? <FieldError id="run-date-error" errors={[dateError]} /> : <FieldDescription id="run-date-description">Today is {formatIsoDate(today)}. The preview writes nothing.</FieldDescription>}
            </Field>
          </form>
        </CardContent>
      </Card>
      {preview && runDate ? (
        preview.count === 0 ? (
          <Alert role="status" className="mb-6">
            <CircleCheck />
            <AlertTitle>{formatIsoDate(runDate)}</AlertTitle>
            <AlertDescription>{NOTHING_TO_INVOICE}</AlertDescription>
          </Alert>
        ) : (
          <section className="mb-8 flex flex-col gap-4" aria-label="Preview">
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 sm:gap-4">
              <Stat label="Invoices" value={preview.count.toLocaleString("en-PH")} />
              <Stat label="Customers" value={preview.customers.toLocaleString("en-PH")} />
              <Stat label="Grand total" value={formatPesos(preview.grandTotal)} className="col-span-2 sm:col-span-1" />
            </div>
            {preview.backBilled.count ? (
              <section aria-labelledby="back-billed-title" className="flex flex-col gap-3">
                <Alert role="note">
                  <History />
                  <AlertTitle id="back-billed-title">
                    {preview.backBilled.count.toLocaleString("en-PH")} {preview.backBilled.count === 1 ? "subscription is" : "subscriptions are"} back-billed{" "}
                    {formatPesos(preview.backBilled.total)}
                  </AlertTitle>
                  <AlertDescription>
                    {preview.backBilled.count === 1 ? "It was" : "They were"} never invoiced here and {preview.backBilled.count === 1 ? "its" : "their"} first invoices
                    reach back to periods already over: from the activation, with the installation fee, or from the day after an earlier &ldquo;billed elsewhere
                    until&rdquo; date. A subscriber brought over from another system should carry the date that system billed up to (set when the subscription is
                    added, or by the customer import).
                  </AlertDescription>
                </Alert>
                <BackBilledTable rows={preview.backBilled.rows} count={preview.backBilled.count} total={preview.backBilled.total} />
              </section>
            ) : null}
            <p className="text-sm text-muted-foreground">
              A run on {formatIsoDate(runDate)} would create these invoices. Nothing has been written yet.
            </p>
            <RunPreviewTable rows={preview.rows} count={preview.count} grandTotal={preview.grandTotal} />
            <RunConfirmForm action={runBillingAction} runDate={runDate} count={preview.count} total={preview.grandTotal} />
          </section>
        )
      ) : null}
      {runs.length ? (
        <Card>
          <CardHeader>
            <CardTitle>Recent runs</CardTitle>
          </CardHeader>
          <CardContent>
            {/* Numbers right-aligned under right-aligned headers, so digits line up and read as columns. */}
            <Table aria-label="Recent billing runs">
              <TableHeader>
                <TableRow>
                  <TableHead>Billing date</TableHead>
                  <TableHead className="text-right">Invoices</TableHead>
                  <TableHead className="text-right">Total</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {runs.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>
                      <Link href={`/billing/runs/${r.id}`} className="font-medium underline-offset-4 hover:underline">
                        {formatIsoDate(r.runDate)}
                      </Link>
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{r.invoiceCount.toLocaleString("en-PH")}</TableCell>
                    <TableCell className="text-right tabular-nums">{formatPesos(r.total)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      ) : null}
    </>
  );
}

function Stat({ label, value, className }: { label: string; value: string; className?: string }) {
  return (
    <Card className={className}>
      <CardHeader>
        <CardDescription>{label}</CardDescription>
        <CardTitle className="text-xl tabular-nums sm:text-2xl">{value}</CardTitle>
      </CardHeader>
    </Card>
  );
}
