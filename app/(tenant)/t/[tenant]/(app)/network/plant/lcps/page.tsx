import type { Metadata } from "next";
import Link from "next/link";
import { Plus } from "lucide-react";
import { LcpsDataTable } from "@/components/plant/lcps-table/data-table";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { plantOptions } from "@/db/queries/plant-details";
import { listLcps } from "@/db/queries/plant-lists";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { hasPermission } from "@/lib/permissions/check";
import { lcpListSchema } from "@/lib/validations/plant-list";

export const metadata: Metadata = { title: "LCPs" };

export default async function LcpsPage({ searchParams }: PageProps<"/t/[tenant]/network/plant/lcps">) {
  const { tenant, user } = await requirePermission("network.view");
  const state = lcpListSchema.parse(await searchParams);
  const { list, options } = await withTenant(tenant.id, async (tx) => ({ list: await listLcps(tx, state), options: await plantOptions(tx) }));
  return (
    <>
      <NetworkTabs current="/network/plant/lcps" />
      <PageHeader
        title="LCP cabinets"
        description="The street cabinets fed from your PON ports, with the NAPs each one feeds."
        actions={
          hasPermission(user, "network.manage") ? (
            <Button asChild>
              <Link href="/network/plant/lcps/new">
                <Plus /> New LCP
              </Link>
            </Button>
          ) : null
        }
      />
      <LcpsDataTable rows={list.rows} total={list.total} state={state} barangays={options.barangays} />
    </>
  );
}
