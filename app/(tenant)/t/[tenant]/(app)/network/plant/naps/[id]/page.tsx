import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pencil } from "lucide-react";
import { Coordinates } from "@/components/plant/coordinates";
import { PlantDetails } from "@/components/plant/details-card";
import { DeletePlantButton } from "@/components/plant/delete-button";
import { OutageHistoryCard } from "@/components/outages/outage-history";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PlantChain } from "@/components/plant/chain";
import { PortConditionForm } from "@/components/plant/port-condition-form";
import { PortGrid } from "@/components/plant/port-grid";
import { Utilisation } from "@/components/plant/utilisation";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { outageHistoryOfNap } from "@/db/queries/outages";
import { napDetail, napPortRows } from "@/db/queries/plant-details";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { hasPermission } from "@/lib/permissions/check";
import { isUuid } from "@/lib/uuid";
import { deleteNapAction, setPortConditionAction } from "../../actions";

export const metadata: Metadata = { title: "NAP" };

export default async function NapPage({ params }: PageProps<"/t/[tenant]/network/plant/naps/[id]">) {
  const { tenant, user } = await requirePermission("network.view");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const data = await withTenant(tenant.id, async (tx) => {
    const nap = await napDetail(tx, id);
    return nap ? { nap, ports: await napPortRows(tx, id), outages: await outageHistoryOfNap(tx, id) } : null;
  });
  if (!data) notFound();
  const { nap, ports } = data;
  const canManage = hasPermission(user, "network.manage");
  const count = (s: string) => ports.filter((p) => p.state === s).length;
  const counts = { total: ports.length, inUse: count("in_use"), reserved: count("reserved"), faulty: count("faulty"), free: count("free") };
  const flagged = ports.filter((p) => p.signalFlag);
  return (
    <>
      <NetworkTabs current="/network/plant/naps" />
      <PageHeader
        title={nap.code}
        description={[nap.name, nap.barangayName, nap.poleNumber ? `pole ${nap.poleNumber}` : ""].filter(Boolean).join(" · ")}
        actions={
          <>
            {nap.latitude !== null && nap.longitude !== null ? (
              <Button asChild variant="outline">
                <Link href={`/network/map?lat=${nap.latitude}&lng=${nap.longitude}&zoom=18`}>On the map</Link>
              </Button>
            ) : null}
            {canManage ? (
              <Button asChild variant="outline">
                <Link href={`/network/plant/naps/${nap.id}/edit`}>
                  <Pencil /> Edit
                </Link>
              </Button>
            ) : null}
          </>
        }
      />
      <div className="flex flex-col gap-6">
        <PlantChain
          links={[
            ...(nap.oltId ? [{ label: nap.oltName ?? "OLT", href: `/network/plant/olts/${nap.oltId}`, hint: nap.ponLabel ?? undefined }] : []),
            nap.lcpId ? { label: nap.lcpCode ?? "LCP", href: `/network/plant/lcps/${nap.lcpId}` } : { label: "No LCP linked" },
            { label: nap.code, hint: `1:${nap.ratio}` },
          ]}
        />
        {flagged.length > 0 ? (
          <Alert variant="destructive">
            <AlertDescription>
              <ul className="list-disc pl-4">
                {flagged.map((p) => (
                  <li key={p.id}>
                    Port {p.portNumber} ({p.customerName}): {p.signalFlag}
                  </li>
                ))}
              </ul>
            </AlertDescription>
          </Alert>
        ) : null}
        <Card>
          <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-3">
            <CardTitle>Ports</CardTitle>
            <Utilisation counts={counts} className="w-48" />
          </CardHeader>
          <CardContent className="flex flex-col gap-6">
            <PortGrid ports={ports} />
            {canManage ? <PortConditionForm action={setPortConditionAction} ports={ports} /> : null}
          </CardContent>
        </Card>
        <PlantDetails
          items={[
            { label: "GPS", value: <Coordinates latitude={nap.latitude} longitude={nap.longitude} /> },
            { label: "Distance from the LCP", value: <span className="tabular-nums">{nap.distanceFromLcpM.toLocaleString("en")} m</span> },
          ]}
          notes={nap.notes}
        />
        <OutageHistoryCard {...data.outages} timeZone={tenant.timeZone} declareHref={canManage ? `/network/outages/new?kind=nap&id=${nap.id}` : null} />
        {canManage ? <DeletePlantButton action={deleteNapAction} id={nap.id} what={nap.code} /> : null}
      </div>
    </>
  );
}
