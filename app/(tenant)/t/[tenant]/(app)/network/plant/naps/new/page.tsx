import type { Metadata } from "next";
import { NapForm } from "@/components/plant/nap-form";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { plantOptions } from "@/db/queries/plant-details";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { createNapAction } from "../../actions";

export const metadata: Metadata = { title: "New NAP" };

export default async function NewNapPage({ searchParams }: PageProps<"/t/[tenant]/network/plant/naps/new">) {
  const { tenant } = await requirePermission("network.manage");
  const { lcp } = await searchParams;
  const options = await withTenant(tenant.id, (tx) => plantOptions(tx));
  return (
    <>
      <NetworkTabs current="/network/plant/naps" />
      <PageHeader title="New NAP" description="Its ports are created with it, all free, one per splitter output." />
      {options.lcps.length === 0 ? (
        <p className="text-sm text-muted-foreground">Add the LCP cabinet that feeds it first (Network › Plant › New LCP).</p>
      ) : (
        <NapForm action={createNapAction} barangays={options.barangays} lcps={options.lcps} lcpId={typeof lcp === "string" ? lcp : undefined} submitLabel="Add NAP" cancelHref="/network/plant/naps" />
      )}
    </>
  );
}
