import type { Metadata } from "next";
import { AccountPrefixForm } from "@/components/settings/account-prefix-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { getSeries } from "@/lib/numbering/counters";
import { setAccountPrefixAction } from "./actions";

export const metadata: Metadata = { title: "Customer settings" };

export default async function CustomerSettingsPage() {
  const { tenant } = await requirePermission("settings.manage");
  const series = await withTenant(tenant.id, (tx) => getSeries(tx, tenant.id, "customer"));
  return (
    <>
      <PageHeader title="Customer settings" description="How new customer accounts are numbered." />
      <Card className="max-w-2xl">
        <CardHeader>
          <CardTitle>Account numbers</CardTitle>
          <CardDescription>Numbers are given in order without gaps. Changing the prefix affects new customers only.</CardDescription>
        </CardHeader>
        <CardContent>
          <AccountPrefixForm action={setAccountPrefixAction} prefix={series.prefix} nextValue={series.nextValue} padding={series.padding} />
        </CardContent>
      </Card>
    </>
  );
}
