import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { RecentRuns } from "@/components/jobs/recent-runs";
import { RunDailyJobForm } from "@/components/jobs/run-daily-job-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { recentJobRuns } from "@/db/queries/job-runs";
import { withTenant } from "@/db/tenant";
import { requireUser } from "@/lib/auth/current";
import { DAILY_STEPS, STEP_LABELS, type DailyStep } from "@/lib/jobs/daily";
import { formatCalendarDate, tenantDate } from "@/lib/time/format";
import { runDailyJobAction } from "./actions";

export const metadata: Metadata = { title: "Schedule" };

/** What each step does, in the words an ISP owner uses. */
const STEP_HELP: Record<DailyStep, string> = {
  billing: "Creates the invoices due that day (each period once) and queues them to customers.",
  overdue: "Marks unpaid invoices past their due date as overdue and tells the customer.",
  "late-fees": "Charges the late fee set in Settings > Billing, once per invoice still unpaid after the grace period.",
  reminders: "Reminds customers of unpaid invoices falling due soon, and on the due date.",
  suspensions: "Suspends lines still unpaid after the due date and grace period, and opens a \"to disconnect\" job in Field work.",
  reconnections: "Brings back paid-up lines: resumes them, or opens a \"to reconnect\" job when already disconnected.",
  summary: "Emails you a short summary of what the run did.",
};

/**
 * Settings > Schedule, for the account owner only: no role grants it,
 * because a run bills and suspends for real. Explains the schedule, runs the
 * job for a date on request and lists recent runs.
 */
export default async function DailyJobPage() {
  const { user, tenant } = await requireUser();
  if (!user.isTenantOwner) redirect("/forbidden?need=owner");
  const today = tenantDate(new Date(), tenant.timeZone);
  const runs = await withTenant(tenant.id, (tx) => recentJobRuns(tx, { limit: 15 }));
  const steps = DAILY_STEPS.map((key) => ({ key, label: STEP_LABELS[key] }));
  return (
    <>
      <PageHeader title="Schedule" description="The daily job: billing and collections run by themselves every night. Run it now for a date when you need to." />
      <div className="flex max-w-4xl flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>When it runs</CardTitle>
            <CardDescription>
              Every day at 00:05 your time ({tenant.timeZone}) the daily job runs on its own through Inngest, the steps below in order. A self-hosted
              install without Inngest runs the same job with <code className="rounded bg-muted px-1 py-0.5 text-xs">npm run jobs:daily</code> from
              cron. Each step is safe to run again for the same date: it finds its work done and adds nothing.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ol className="flex list-decimal flex-col gap-2 pl-5 text-sm">
              {steps.map((s) => (
                <li key={s.key}>
                  <span className="font-medium">{s.label}</span>: <span className="text-muted-foreground">{STEP_HELP[s.key]}</span>
                </li>
              ))}
            </ol>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Run now</CardTitle>
            <CardDescription>For catching up after an outage, or to see today&apos;s run before tonight.</CardDescription>
          </CardHeader>
          <CardContent>
            <RunDailyJobForm action={runDailyJobAction} today={today} todayText={formatCalendarDate(today)} steps={steps} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Recent runs</CardTitle>
          </CardHeader>
          <CardContent>
            <RecentRuns runs={runs} steps={steps} timeZone={tenant.timeZone} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
