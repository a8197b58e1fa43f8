import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Navigation, Phone } from "lucide-react";
import { CancelJobForm } from "@/components/field-jobs/cancel-form";
import { CompleteJobForm } from "@/components/field-jobs/complete-form";
import { JOB_KIND_HINT, JOB_KIND_LABEL, JOB_STATUS_LABEL } from "@/components/field-jobs/labels";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { fieldJobDetail } from "@/db/queries/field-jobs";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { isOpenJob } from "@/lib/field-jobs/serves";
import { hasPermission } from "@/lib/permissions/check";
import { formatCalendarDate, tenantDate } from "@/lib/time/format";
import { isUuid } from "@/lib/uuid";
import { cancelFieldJobAction, completeFieldJobAction } from "../actions";

export const metadata: Metadata = { title: "Job" };

export default async function JobPage({ params }: PageProps<"/t/[tenant]/network/jobs/[id]">) {
  const { tenant, user } = await requirePermission("network.view");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const job = await withTenant(tenant.id, (tx) => fieldJobDetail(tx, id));
  if (!job) notFound();
  const open = isOpenJob(job.status);
  const canComplete = open && hasPermission(user, "installations.complete");
  const canCancel = open && hasPermission(user, "network.manage");
  const local = job.mobile.startsWith("+63") ? `0${job.mobile.slice(3)}` : job.mobile;
  return (
    <>
      <NetworkTabs current="/network/jobs" />
      <PageHeader title={`${JOB_KIND_LABEL[job.kind]} · ${job.customerName}`} description={JOB_KIND_HINT[job.kind]} />
      <div className="flex flex-col gap-6">
        {job.status === "done" && job.kind === "installation" && job.completedOn ? (
          <Alert role="status">
            <AlertDescription>
              Installed: the line is active and billed from {formatCalendarDate(job.completedOn)}.{" "}
              <Link href={`/customers/${job.customerId}`} className="underline">
                Open the customer
              </Link>
            </AlertDescription>
          </Alert>
        ) : null}
        <Card>
          <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
            <CardTitle>What and where</CardTitle>
            <Badge variant="outline">{JOB_STATUS_LABEL[job.status]}</Badge>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-3 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-muted-foreground">Customer</dt>
                <dd>
                  <Link href={`/customers/${job.customerId}`} className="font-medium underline-offset-2 hover:underline">
                    {job.customerName}
                  </Link>{" "}
                  · {job.accountNo} · {job.planName}
                </dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Address</dt>
                <dd>{[job.address, job.barangayName].filter(Boolean).join(", ") || "—"}</dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Mobile</dt>
                <dd>
                  <a href={`tel:${job.mobile}`} className="inline-flex items-center gap-1 underline-offset-2 hover:underline">
                    <Phone className="size-4" aria-hidden /> {local}
                  </a>
                </dd>
              </div>
              <div>
                <dt className="text-muted-foreground">{job.completedOn ? "Done on" : "Visit on"}</dt>
                <dd className="tabular-nums">{formatCalendarDate(job.completedOn ?? job.scheduledOn)}</dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Technician</dt>
                <dd>{job.technicianName ?? "Not assigned"}</dd>
              </div>
              {job.napId ? (
                <div>
                  <dt className="text-muted-foreground">Connect to</dt>
                  <dd>
                    <Link href={`/network/plant/naps/${job.napId}`} className="font-medium underline-offset-2 hover:underline">
                      {job.napCode} port {job.portNumber}
                    </Link>
                  </dd>
                </div>
              ) : null}
              {job.previousNapCode ? (
                <div>
                  <dt className="text-muted-foreground">Leaves</dt>
                  <dd>
                    {job.previousNapCode} port {job.previousPortNumber}
                  </dd>
                </div>
              ) : null}
              {job.deviceSerial ? (
                <div>
                  <dt className="text-muted-foreground">Device</dt>
                  <dd className="font-mono">{job.deviceSerial}</dd>
                </div>
              ) : null}
              {job.previousDeviceSerial ? (
                <div>
                  <dt className="text-muted-foreground">Device taken away</dt>
                  <dd className="font-mono">{job.previousDeviceSerial}</dd>
                </div>
              ) : null}
              {job.notes ? (
                <div className="sm:col-span-2">
                  <dt className="text-muted-foreground">Notes</dt>
                  <dd className="whitespace-pre-line">{job.notes}</dd>
                </div>
              ) : null}
              {job.reason ? (
                <div className="sm:col-span-2">
                  <dt className="text-muted-foreground">Why it was cancelled</dt>
                  <dd>{job.reason}</dd>
                </div>
              ) : null}
            </dl>
            {job.premisesLatitude !== null && job.premisesLongitude !== null ? (
              <a
                href={`https://www.google.com/maps/dir/?api=1&destination=${job.premisesLatitude},${job.premisesLongitude}`}
                target="_blank"
                rel="noreferrer"
                className="mt-3 inline-flex items-center gap-1 text-sm underline-offset-2 hover:underline"
              >
                <Navigation className="size-4" aria-hidden /> Navigate to the premises
              </a>
            ) : null}
          </CardContent>
        </Card>
        {job.status === "done" && job.rxPowerDbm !== null ? (
          <Card>
            <CardHeader>
              <CardTitle>Signal</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-3 text-sm">
              <p className="tabular-nums">
                Measured {job.rxPowerDbm.toFixed(2)} dBm
                {job.expectedRxDbm !== null ? `, expected ${job.expectedRxDbm.toFixed(2)} dBm from the plant` : ""}
                {job.dropLengthM !== null ? ` (drop ${job.dropLengthM} m)` : ""}.
              </p>
              {job.signalFlag ? (
                <Alert variant="destructive">
                  <AlertDescription>{job.signalFlag}</AlertDescription>
                </Alert>
              ) : (
                <p className="text-muted-foreground">Within what the plant explains.</p>
              )}
            </CardContent>
          </Card>
        ) : null}
        {canComplete ? (
          <Card>
            <CardHeader>
              <CardTitle>Complete</CardTitle>
            </CardHeader>
            <CardContent>
              <CompleteJobForm
                action={completeFieldJobAction}
                jobId={job.id}
                kind={job.kind}
                today={tenantDate(new Date(), tenant.timeZone)}
                deviceSerial={job.deviceSerial}
                hasPreviousPort={Boolean(job.previousNapCode)}
                hasPreviousDevice={Boolean(job.previousDeviceSerial)}
              />
            </CardContent>
          </Card>
        ) : null}
        {canCancel ? (
          <Card>
            <CardHeader>
              <CardTitle>Cancel</CardTitle>
            </CardHeader>
            <CardContent>
              <CancelJobForm action={cancelFieldJobAction} jobId={job.id} />
            </CardContent>
          </Card>
        ) : null}
      </div>
    </>
  );
}
