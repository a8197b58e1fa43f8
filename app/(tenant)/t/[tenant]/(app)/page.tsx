import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { dashboardCounts } from "@/db/queries/dashboard";
import { withTenant } from "@/db/tenant";
import { requireUser } from "@/lib/auth/current";
import { hasPermission } from "@/lib/permissions/check";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: PageProps<"/t/[tenant]">) {
  const { user, tenant } = await requireUser();
  const counts = await withTenant(tenant.id, (tx) => dashboardCounts(tx));
  const { welcome } = await searchParams;
  const canManageStaff = hasPermission(user, "users.manage");
  const tiles = [
    { label: "Active staff", value: counts.activeStaff, hint: `${counts.totalStaff} in all`, href: canManageStaff ? "/settings/staff" : null },
    { label: "Roles", value: counts.roles, hint: "Named sets of permissions", href: canManageStaff ? "/settings/roles" : null },
    { label: "Changes this week", value: counts.changesThisWeek, hint: "Recorded in the audit log", href: hasPermission(user, "audit.view") ? "/settings/audit" : null },
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
