import Link from "next/link";
import { OnboardingChecklist } from "@/components/dashboard/onboarding-checklist";
import { deliveryModeFor } from "@/components/notifications/delivery-mode";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { dashboardCounts } from "@/db/queries/dashboard";
import { onboardingState } from "@/db/queries/dashboard-onboarding";
import { operationsCounts } from "@/db/queries/dashboard-operations";
import { formatPesos } from "@/lib/money";
import { tenantDate } from "@/lib/time/format";
import type { TenantRef } from "@/db/system";
import { withTenant } from "@/db/tenant";
import type { CurrentUser } from "@/lib/auth/current";
import { onboardingSteps, showOnboarding } from "@/lib/onboarding/steps";
import { hasPermission } from "@/lib/permissions/check";
import { dismissOnboardingAction } from "./actions";

/** The figures of the workspace, each to those who may see it, and the setup checklist to those who can act on it. */
export async function DashboardView({ user, tenant, welcome }: { user: CurrentUser; tenant: TenantRef; welcome: boolean }) {
  const today = tenantDate(new Date(), tenant.timeZone);
  const can = (p: Parameters<typeof hasPermission>[1]) => hasPermission(user, p);
  const { counts, ops, onboarding } = await withTenant(tenant.id, async (tx) => ({
    counts: await dashboardCounts(tx),
    ops: await operationsCounts(tx, today),
    onboarding: can("settings.manage") ? await onboardingState(tx) : null,
  }));
  const steps = onboarding ? onboardingSteps({ ...onboarding.facts, smsProvider: deliveryModeFor(tenant.slug).sms !== null }) : [];
  // Each figure shows only to those who may see what it counts.
  const tiles = [
    ...(can("customers.view")
      ? [
          { label: "Active customers", value: counts.customers.active, hint: `${counts.customers.total} in all · ${counts.customers.newThisMonth} new this month`, href: "/customers?status=active" },
          { label: "Suspended", value: counts.customers.suspended, hint: "Customers on hold", href: "/customers?status=suspended" },
          { label: "Active subscriptions", value: counts.subscriptions.active, hint: `${counts.subscriptions.pending} waiting for installation`, href: "/customers" },
        ]
      : []),
    ...(can("payments.view")
      ? [{ label: "Collected today", value: formatPesos(ops.collectedToday.amount), hint: `${ops.collectedToday.count} payments`, href: "/payments/day" }]
      : []),
    ...(can("billing.view")
      ? [{ label: "Overdue", value: formatPesos(ops.overdue.amount), hint: `${ops.overdue.count} invoices past their due date`, href: "/billing?status=overdue" }]
      : []),
    ...(can("work.view") ? [{ label: "Field work", value: ops.openJobs, hint: "Disconnections and reconnections to do", href: "/work-items" }] : []),
    ...(can("notifications.view") && ops.failedMessages > 0
      ? [{ label: "Messages not delivered", value: ops.failedMessages, hint: "Gave up after retries: check and retry", href: "/notifications?status=failed" }]
      : []),
    ...(can("users.manage")
      ? [{ label: "Active staff", value: counts.activeStaff, hint: `${counts.totalStaff} in all · ${counts.roles} roles`, href: "/settings/staff" }]
      : []),
    ...(can("audit.view") ? [{ label: "Changes this week", value: counts.changesThisWeek, hint: "Recorded in the audit log", href: "/settings/audit" }] : []),
    { label: "Your permissions", value: user.permissions.length, hint: user.isTenantOwner ? "Owner: everything" : (user.roleName ?? ""), href: null },
  ];
  return (
    <>
      <PageHeader title={`Magandang araw, ${user.name.split(" ")[0]}`} description={`${tenant.name} · ${tenant.slug}`} />
      {welcome ? (
        <Alert className="mb-6">
          <AlertTitle>Your workspace is ready.</AlertTitle>
          <AlertDescription>
            Your staff sign in at this address. Add them under Settings → Staff, and adjust what each role may do under Settings → Roles.
          </AlertDescription>
        </Alert>
      ) : null}
      {onboarding && showOnboarding(steps, onboarding.dismissed) ? <OnboardingChecklist steps={steps} dismiss={dismissOnboardingAction} /> : null}
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {tiles.map((t) => {
          const card = (
            <Card className="h-full transition-colors hover:border-primary/40">
              <CardHeader>
                <CardDescription>{t.label}</CardDescription>
                <CardTitle className="text-3xl tabular-nums" data-testid={`stat-${t.label.toLowerCase().replace(/\s+/g, "-")}`}>
                  {t.value}
                </CardTitle>
                <p className="text-xs text-muted-foreground">{t.hint}</p>
              </CardHeader>
            </Card>
          );
          return t.href ? (
            <Link key={t.label} href={t.href}>
              {card}
            </Link>
          ) : (
            <div key={t.label}>{card}</div>
          );
        })}
      </div>
    </>
  );
}
