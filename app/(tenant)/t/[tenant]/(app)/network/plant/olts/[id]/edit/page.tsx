import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { OltForm } from "@/components/plant/olt-form";
import { PageHeader } from "@/components/shell/page-header";
import { oltDetail } from "@/db/queries/plant-details";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { isUuid } from "@/lib/uuid";
import { updateOltAction } from "../../../actions";

export const metadata: Metadata = { title: "Edit OLT" };

export default async function EditOltPage({ params }: PageProps<"/t/[tenant]/network/plant/olts/[id]/edit">) {
  const { tenant } = await requirePermission("network.manage");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const olt = await withTenant(tenant.id, (tx) => oltDetail(tx, id));
  if (!olt) notFound();
  return (
    <>
      <NetworkTabs current="/network/plant" />
      <PageHeader title={`Edit ${olt.name}`} />
      <OltForm action={updateOltAction} values={olt} submitLabel="Save OLT" cancelHref={`/network/plant/olts/${olt.id}`} />
    </>
  );
}
