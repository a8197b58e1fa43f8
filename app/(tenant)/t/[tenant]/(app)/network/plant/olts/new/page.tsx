import type { Metadata } from "next";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { OltForm } from "@/components/plant/olt-form";
import { PageHeader } from "@/components/shell/page-header";
import { requirePermission } from "@/lib/auth/current";
import { createOltAction } from "../../actions";

export const metadata: Metadata = { title: "New OLT" };

export default async function NewOltPage() {
  await requirePermission("network.manage");
  return (
    <>
      <NetworkTabs current="/network/plant" />
      <PageHeader title="New OLT" description="Add its PON ports on the next page." />
      <OltForm action={createOltAction} submitLabel="Add OLT" cancelHref="/network/plant" />
    </>
  );
}
