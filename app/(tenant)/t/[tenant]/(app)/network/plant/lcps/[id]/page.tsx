import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pencil, Plus } from "lucide-react";
import { Coordinates } from "@/components/plant/coordinates";
import { PlantDetails } from "@/components/plant/details-card";
import { DeletePlantButton } from "@/components/plant/delete-button";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PlantChain } from "@/components/plant/chain";
import { Utilisation } from "@/components/plant/utilisation";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { lcpDetail } from "@/db/queries/plant-details";
import { listNaps } from "@/db/queries/plant-lists";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { hasPermission } from "@/lib/permissions/check";
import { isUuid } from "@/lib/uuid";
import { deleteLcpAction } from "../../actions";

export const metadata: Metadata = { title: "LCP" };

export default async function LcpPage({ params }: PageProps<"/t/[tenant]/network/plant/lcps/[id]">) {
  const { tenant, user } = await requirePermission("network.view");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const data = await withTenant(tenant.id, async (tx) => {
    const lcp = await lcpDetail(tx, id);
    return lcp ? { lcp, naps: await listNaps(tx, { lcp: id, sort: "code", dir: "asc", page: 1, size: 100 }) } : null;
  });
  if (!data) notFound();
  const { lcp, naps } = data;
  const canManage = hasPermission(user, "network.manage");
  const sum = (k: "total" | "inUse" | "reserved" | "faulty" | "free") => naps.rows.reduce((n, r) => n + r[k], 0);
  return (
    <>
      <NetworkTabs current="/network/plant/lcps" />
      <PageHeader
        title={lcp.code}
        description={[lcp.name, lcp.barangayName, `1:${lcp.ratio} splitter`].filter(Boolean).join(" · ")}
        actions={
          canManage ? (
            <>
              <Button asChild variant="outline">
                <Link href={`/network/outages/new?kind=lcp&id=${lcp.id}`}>Declare outage</Link>
              </Button>
              <Button asChild variant="outline">
                <Link href={`/network/plant/lcps/${lcp.id}/edit`}>
                  <Pencil /> Edit
                </Link>
              </Button>
              <Button asChild>
                <Link href={`/network/plant/naps/new?lcp=${lcp.id}`}>
                  <Plus /> NAP here
                </Link>
              </Button>
            </>
          ) : null
        }
      />
      <div className="flex flex-col gap-6">
        <PlantChain
          links={[
            lcp.oltId ? { label: lcp.oltName ?? "OLT", href: `/network/plant/olts/${lcp.oltId}`, hint: lcp.ponLabel ?? undefined } : { label: "PON port not recorded" },
            { label: lcp.code, hint: `1:${lcp.ratio}` },
          ]}
        />
        <Card>
          <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-3">
            <CardTitle>
              NAPs fed ({naps.total} of {lcp.ratio} outputs)
            </CardTitle>
            <Utilisation counts={{ total: sum("total"), inUse: sum("inUse"), reserved: sum("reserved"), faulty: sum("faulty"), free: sum("free") }} className="w-48" />
          </CardHeader>
          <CardContent>
            {naps.rows.length === 0 ? (
              <p className="text-sm text-muted-foreground">No NAP is fed from this cabinet yet.</p>
            ) : (
              <Table label="NAPs of this LCP" aria-label="NAPs of this LCP">
                <TableHeader>
                  <TableRow>
                    <TableHead>NAP</TableHead>
                    <TableHead>Barangay</TableHead>
                    <TableHead>Ports in use</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {naps.rows.map((n) => (
                    <TableRow key={n.id}>
                      <TableCell>
                        <Link href={`/network/plant/naps/${n.id}`} className="font-medium underline-offset-2 hover:underline">
                          {n.code}
                        </Link>
                      </TableCell>
                      <TableCell>{n.barangayName ?? "—"}</TableCell>
                      <TableCell>
                        <Utilisation counts={n} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>
        <PlantDetails
          items={[
            { label: "GPS", value: <Coordinates latitude={lcp.latitude} longitude={lcp.longitude} /> },
            { label: "Feeder length from the OLT", value: <span className="tabular-nums">{lcp.feederLengthM ? `${lcp.feederLengthM.toLocaleString("en")} m` : "Not recorded"}</span> },
          ]}
          notes={lcp.notes}
        />
        {canManage ? <DeletePlantButton action={deleteLcpAction} id={lcp.id} what={lcp.code} /> : null}
      </div>
    </>
  );
}
