import type { Metadata } from "next";
import Link from "next/link";
import { PackagePlus } from "lucide-react";
import { DeviceCountTiles } from "@/components/equipment/device-counts";
import { DevicesDataTable } from "@/components/equipment/devices-table/data-table";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { deviceCounts, deviceFilterOptions, listDevices } from "@/db/queries/devices";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { hasPermission } from "@/lib/permissions/check";
import { plural } from "@/lib/text/plural";
import { deviceListSchema, parseModelKey } from "@/lib/validations/equipment";
import { toDeviceRows } from "./list-rows";

export const metadata: Metadata = { title: "Equipment" };

export default async function EquipmentPage({ searchParams }: PageProps<"/t/[tenant]/network/equipment">) {
  const { tenant, user } = await requirePermission("network.view");
  const params = await searchParams;
  const state = deviceListSchema.parse(params);
  const model = parseModelKey(state.model);
  const { list, counts, options } = await withTenant(tenant.id, async (tx) => ({
    list: await listDevices(tx, {
      q: state.q,
      kind: state.kind,
      status: state.status,
      technicianId: state.technician,
      brand: model?.brand,
      model: model?.model,
      sort: state.sort,
      dir: state.dir,
      page: state.page,
      pageSize: state.size,
    }),
    counts: await deviceCounts(tx),
    options: await deviceFilterOptions(tx),
  }));
  const canManage = hasPermission(user, "network.manage");
  const received = Number(typeof params.received === "string" ? params.received : 0);
  return (
    <>
      <NetworkTabs current="/network/equipment" />
      <PageHeader
        title="Equipment"
        description="Every ONU and router your ISP owns, and where it is now."
        actions={
          canManage ? (
            <Button asChild>
              <Link href="/network/equipment/receive">
                <PackagePlus /> Receive stock
              </Link>
            </Button>
          ) : null
        }
      />
      {received > 0 ? (
        <Alert role="status" className="mb-4">
          <AlertDescription>Received {plural(received, "device")} into stock.</AlertDescription>
        </Alert>
      ) : null}
      <DeviceCountTiles counts={counts} state={state} />
      <DevicesDataTable rows={toDeviceRows(list.rows, tenant.timeZone)} total={list.total} state={state} options={options} canManage={canManage} />
    </>
  );
}
