import type { Metadata } from "next";
import { ReceiveForm } from "@/components/equipment/receive-form";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { deviceModelOptions } from "@/db/queries/devices";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { receiveDevicesAction } from "../actions";

export const metadata: Metadata = { title: "Receive stock" };

export default async function ReceiveStockPage() {
  const { tenant } = await requirePermission("network.manage");
  const models = await withTenant(tenant.id, (tx) => deviceModelOptions(tx));
  return (
    <>
      <NetworkTabs current="/network/equipment" />
      <PageHeader title="Receive stock" description="Add a delivery of ONUs or routers to stock: every serial in it, or none if one is already in the register." />
      <Card className="max-w-2xl">
        <CardContent>
          <ReceiveForm action={receiveDevicesAction} models={models} />
        </CardContent>
      </Card>
    </>
  );
}
