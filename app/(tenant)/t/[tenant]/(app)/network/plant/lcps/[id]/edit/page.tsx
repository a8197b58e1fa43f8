import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LcpForm } from "@/components/plant/lcp-form";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { lcpDetail, plantOptions } from "@/db/queries/plant-details";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { isUuid } from "@/lib/uuid";
import { updateLcpAction } from "../../../actions";

export const metadata: Metadata = { title: "Edit LCP" };

export default async function EditLcpPage({ params }: PageProps<"/t/[tenant]/network/plant/lcps/[id]/edit">) {
  const { tenant } = await requirePermission("network.manage");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const { lcp, options } = await withTenant(tenant.id, async (tx) => ({ lcp: await lcpDetail(tx, id), options: await plantOptions(tx) }));
  if (!lcp) notFound();
  return (
    <>
      <NetworkTabs current="/network/plant/lcps" />
      <PageHeader title={`Edit ${lcp.code}`} />
      <LcpForm action={updateLcpAction} values={lcp} barangays={options.barangays} ponPorts={options.ponPorts} submitLabel="Save LCP" cancelHref={`/network/plant/lcps/${lcp.id}`} />
    </>
  );
}
