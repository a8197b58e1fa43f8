import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pencil } from "lucide-react";
import { Coordinates } from "@/components/plant/coordinates";
import { PlantDetails } from "@/components/plant/details-card";
import { DeletePlantButton } from "@/components/plant/delete-button";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PonPortForm } from "@/components/plant/pon-port-form";
import { Utilisation } from "@/components/plant/utilisation";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { oltDetail } from "@/db/queries/plant-details";
import { utilisationByPonPort } from "@/db/queries/plant-lists";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { hasPermission } from "@/lib/permissions/check";
import { isUuid } from "@/lib/uuid";
import { createPonPortAction, deleteOltAction } from "../../actions";

export const metadata: Metadata = { title: "OLT" };

export default async function OltPage({ params }: PageProps<"/t/[tenant]/network/plant/olts/[id]">) {
  const { tenant, user } = await requirePermission("network.view");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const data = await withTenant(tenant.id, async (tx) => {
    const olt = await oltDetail(tx, id);
    return olt ? { olt, ports: (await utilisationByPonPort(tx)).filter((p) => p.oltId === id) } : null;
  });
  if (!data) notFound();
  const { olt, ports } = data;
  const canManage = hasPermission(user, "network.manage");
  return (
    <>
      <NetworkTabs current="/network/plant" />
      <PageHeader
        title={olt.name}
        description={[olt.vendor, olt.model, olt.site].filter(Boolean).join(" · ")}
        actions={
          canManage ? (
            <Button asChild variant="outline">
              <Link href={`/network/plant/olts/${olt.id}/edit`}>
                <Pencil /> Edit
              </Link>
            </Button>
          ) : null
        }
      />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>PON ports</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-6">
            {ports.length === 0 ? (
              <p className="text-sm text-muted-foreground">No PON port recorded yet.</p>
            ) : (
              <Table label="PON ports" aria-label="PON ports">
                <TableHeader>
                  <TableRow>
                    <TableHead>Slot/port</TableHead>
                    <TableHead className="text-right">Tx dBm</TableHead>
                    <TableHead className="text-right">LCPs</TableHead>
                    <TableHead className="text-right">NAPs</TableHead>
                    <TableHead>Ports in use</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {ports.map((p) => (
                    <TableRow key={p.id}>
                      <TableCell className="font-medium">{p.label}</TableCell>
                      <TableCell className="text-right tabular-nums">{p.txPowerDbm.toFixed(1)}</TableCell>
                      <TableCell className="text-right tabular-nums">{p.lcps}</TableCell>
                      <TableCell className="text-right tabular-nums">{p.naps}</TableCell>
                      <TableCell>
                        <Utilisation counts={p} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            {canManage ? <PonPortForm action={createPonPortAction} oltId={olt.id} /> : null}
          </CardContent>
        </Card>
        <PlantDetails
          items={[
            { label: "GPS", value: <Coordinates latitude={olt.latitude} longitude={olt.longitude} /> },
            { label: "Management address", value: <span className="font-mono">{olt.managementAddress || "—"}</span> },
          ]}
          notes={olt.notes}
        />
        {canManage ? <DeletePlantButton action={deleteOltAction} id={olt.id} what={olt.name} /> : null}
      </div>
    </>
  );
}
