import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ScheduleJobForm } from "@/components/field-jobs/schedule-form";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { activeStaffOptions, devicesForJobs, jobSubject } from "@/db/queries/field-jobs";
import { napsWithFreePorts } from "@/db/queries/plant-details";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { jobKindsFor } from "@/lib/field-jobs/serves";
import { tenantDate } from "@/lib/time/format";
import { isUuid } from "@/lib/uuid";
import { scheduleFieldJobAction } from "../actions";

export const metadata: Metadata = { title: "Schedule job" };

export default async function NewJobPage({ searchParams }: PageProps<"/t/[tenant]/network/jobs/new">) {
  const { tenant } = await requirePermission("network.manage");
  const { subscription, nap } = await searchParams;
  // The NAP chosen on the map's free-port finder comes first (and preselected).
  const chosenNapId = typeof nap === "string" && isUuid(nap) ? nap : null;
  if (typeof subscription !== "string" || !isUuid(subscription)) notFound();
  const data = await withTenant(tenant.id, async (tx) => {
    const subject = await jobSubject(tx, subscription);
    if (!subject) return null;
    return { subject, naps: await napsWithFreePorts(tx, subject.barangayId, 40, chosenNapId), devices: await devicesForJobs(tx), technicians: await activeStaffOptions(tx) };
  });
  if (!data) notFound();
  const { subject } = data;
  const kinds = jobKindsFor(subject.status);
  return (
    <>
      <NetworkTabs current="/network/jobs" />
      <PageHeader
        title={kinds[0] === "installation" ? "Schedule installation" : "Schedule a job"}
        description={`${subject.customerName} · ${subject.accountNo} · ${subject.planName}${subject.label ? ` (${subject.label})` : ""}`}
      />
      {kinds.includes("installation") || kinds.includes("relocation") ? (
        <p className="mb-4 text-sm text-muted-foreground">
          {subject.latitude !== null && subject.longitude !== null ? (
            <Link href={`/network/map?find=1&lat=${subject.latitude}&lng=${subject.longitude}&zoom=17&line=${subject.subscriptionId}`} className="text-foreground underline underline-offset-2">
              Find the nearest free port on the map
            </Link>
          ) : (
            "Record the customer's GPS to find the nearest free port on the map."
          )}
        </p>
      ) : null}
      {kinds.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          This line is {subject.status}: it has no plant job to schedule. <Link href={`/customers/${subject.customerId}`} className="underline">Back to the customer</Link>
        </p>
      ) : (
        <ScheduleJobForm
          action={scheduleFieldJobAction}
          subscriptionId={subject.subscriptionId}
          kinds={kinds}
          today={tenantDate(new Date(), tenant.timeZone)}
          naps={data.naps}
          devices={data.devices}
          technicians={data.technicians}
          cancelHref={`/customers/${subject.customerId}`}
        />
      )}
    </>
  );
}
