import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NapForm } from "@/components/plant/nap-form";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { napDetail, plantOptions } from "@/db/queries/plant-details";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { isUuid } from "@/lib/uuid";
import { updateNapAction } from "../../../actions";

export const metadata: Metadata = { title: "Edit NAP" };

export default async function EditNapPage({ params }: PageProps<"/t/[tenant]/network/plant/naps/[id]/edit">) {
  const { tenant } = await requirePermission("network.manage");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const { nap, options } = await withTenant(tenant.id, async (tx) => ({ nap: await napDetail(tx, id), options: await plantOptions(tx) }));
  if (!nap) notFound();
  return (
    <>
      <NetworkTabs current="/network/plant/naps" />
      <PageHeader title={`Edit ${nap.code}`} description="A smaller splitter drops the ports above it, only while they are free or faulty." />
      <NapForm action={updateNapAction} values={nap} barangays={options.barangays} lcps={options.lcps} submitLabel="Save NAP" cancelHref={`/network/plant/naps/${nap.id}`} />
    </>
  );
}
