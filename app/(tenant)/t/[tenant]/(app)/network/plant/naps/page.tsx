import type { Metadata } from "next";
import Link from "next/link";
import { Plus } from "lucide-react";
import { NapsDataTable } from "@/components/plant/naps-table/data-table";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { plantOptions } from "@/db/queries/plant-details";
import { listNaps } from "@/db/queries/plant-lists";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { hasPermission } from "@/lib/permissions/check";
import { napListSchema } from "@/lib/validations/plant-list";

export const metadata: Metadata = { title: "NAPs" };

export default async function NapsPage({ searchParams }: PageProps<"/t/[tenant]/network/plant/naps">) {
  const { tenant, user } = await requirePermission("network.view");
  const state = napListSchema.parse(await searchParams);
  const { list, options } = await withTenant(tenant.id, async (tx) => ({ list: await listNaps(tx, state), options: await plantOptions(tx) }));
  return (
    <>
      <NetworkTabs current="/network/plant/naps" />
      <PageHeader
        title="NAP boxes"
        description="Every NAP with its free ports. Filter by barangay and sort by free ports to find room for a new subscriber."
        actions={
          hasPermission(user, "network.manage") ? (
            <Button asChild>
              <Link href="/network/plant/naps/new">
                <Plus /> New NAP
              </Link>
            </Button>
          ) : null
        }
      />
      <NapsDataTable rows={list.rows} total={list.total} state={state} barangays={options.barangays} lcps={options.lcps} />
    </>
  );
}
