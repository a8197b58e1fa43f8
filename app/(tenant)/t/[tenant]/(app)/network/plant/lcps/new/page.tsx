import type { Metadata } from "next";
import { LcpForm } from "@/components/plant/lcp-form";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { plantOptions } from "@/db/queries/plant-details";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { createLcpAction } from "../../actions";

export const metadata: Metadata = { title: "New LCP" };

export default async function NewLcpPage() {
  const { tenant } = await requirePermission("network.manage");
  const options = await withTenant(tenant.id, (tx) => plantOptions(tx));
  return (
    <>
      <NetworkTabs current="/network/plant/lcps" />
      <PageHeader title="New LCP cabinet" description="The cabinet with the first splitter, fed from a PON port of your OLT." />
      <LcpForm action={createLcpAction} barangays={options.barangays} ponPorts={options.ponPorts} submitLabel="Add LCP" cancelHref="/network/plant/lcps" />
    </>
  );
}
