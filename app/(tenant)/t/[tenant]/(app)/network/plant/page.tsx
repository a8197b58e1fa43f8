import type { Metadata } from "next";
import Link from "next/link";
import { FileUp, Plus } from "lucide-react";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { Utilisation } from "@/components/plant/utilisation";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listOlts, plantTotals, utilisationByBarangay, utilisationByPonPort } from "@/db/queries/plant-lists";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { hasPermission } from "@/lib/permissions/check";

export const metadata: Metadata = { title: "Plant" };

export default async function PlantPage() {
  const { tenant, user } = await requirePermission("network.view");
  const { totals, olts, byPon, byBarangay } = await withTenant(tenant.id, async (tx) => ({
    totals: await plantTotals(tx),
    olts: await listOlts(tx),
    byPon: await utilisationByPonPort(tx),
    byBarangay: await utilisationByBarangay(tx),
  }));
  const canManage = hasPermission(user, "network.manage");
  const empty = totals.olts === 0 && totals.lcps === 0 && totals.naps === 0;
  return (
    <>
      <NetworkTabs current="/network/plant" />
      <PageHeader
        title="Fiber plant"
        description="OLTs, PON ports, LCP cabinets and NAP boxes, and how full they are."
        actions={
          canManage ? (
            <>
              <Button asChild variant="outline">
                <Link href="/network/plant/import">
                  <FileUp /> Import
                </Link>
              </Button>
              <Button asChild variant="outline">
                <Link href="/network/plant/olts/new">
                  <Plus /> OLT
                </Link>
              </Button>
              <Button asChild variant="outline">
                <Link href="/network/plant/lcps/new">
                  <Plus /> LCP
                </Link>
              </Button>
              <Button asChild>
                <Link href="/network/plant/naps/new">
                  <Plus /> NAP
                </Link>
              </Button>
            </>
          ) : null
        }
      />
      {empty ? (
        <Card>
          <CardHeader>
            <CardTitle>No plant recorded yet</CardTitle>
            <CardDescription>
              Start with your OLT and its PON ports, then the LCP cabinets and NAP boxes. If you keep them in a spreadsheet or Google Earth, import the file instead.
            </CardDescription>
          </CardHeader>
        </Card>
      ) : (
        <div className="flex flex-col gap-6">
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
            {[
              ["OLTs", totals.olts],
              ["PON ports", totals.ponPorts],
              ["LCPs", totals.lcps],
              ["NAPs", totals.naps],
              ["Free ports", totals.free],
            ].map(([label, n]) => (
              <div key={label} className="rounded-lg border p-3">
                <dt className="text-xs text-muted-foreground">{label}</dt>
                <dd className="text-xl font-semibold tabular-nums">{Number(n).toLocaleString("en")}</dd>
              </div>
            ))}
          </dl>
          <Card>
            <CardHeader>
              <CardTitle>OLTs</CardTitle>
            </CardHeader>
            <CardContent>
              <ul className="divide-y">
                {olts.map((o) => (
                  <li key={o.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                    <Link href={`/network/plant/olts/${o.id}`} className="font-medium underline-offset-2 hover:underline">
                      {o.name}
                    </Link>
                    <span className="text-sm text-muted-foreground">
                      {[o.vendor, o.model, o.site].filter(Boolean).join(" · ")} · {o.ponPorts} PON port{o.ponPorts === 1 ? "" : "s"}
                    </span>
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>By PON port</CardTitle>
              <CardDescription>Ports of the NAPs each PON port feeds, through its LCPs.</CardDescription>
            </CardHeader>
            <CardContent>
              <Table label="Utilisation by PON port" aria-label="Utilisation by PON port">
                <TableHeader>
                  <TableRow>
                    <TableHead>OLT · port</TableHead>
                    <TableHead className="text-right">Tx dBm</TableHead>
                    <TableHead className="text-right">LCPs</TableHead>
                    <TableHead className="text-right">NAPs</TableHead>
                    <TableHead>Ports in use</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {byPon.map((p) => (
                    <TableRow key={p.id}>
                      <TableCell>
                        <Link href={`/network/plant/olts/${p.oltId}`} className="font-medium underline-offset-2 hover:underline">
                          {p.oltName}
                        </Link>{" "}
                        · {p.label}
                      </TableCell>
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
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>By barangay</CardTitle>
              <CardDescription>Where there is room for new subscribers.</CardDescription>
            </CardHeader>
            <CardContent>
              <Table label="Utilisation by barangay" aria-label="Utilisation by barangay">
                <TableHeader>
                  <TableRow>
                    <TableHead>Barangay</TableHead>
                    <TableHead className="text-right">NAPs</TableHead>
                    <TableHead>Ports in use</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {byBarangay.map((b) => (
                    <TableRow key={b.id ?? "none"}>
                      <TableCell>
                        {b.id ? (
                          <Link href={`/network/plant/naps?barangay=${b.id}&sort=free&dir=desc`} className="font-medium underline-offset-2 hover:underline">
                            {b.name}
                          </Link>
                        ) : (
                          b.name
                        )}
                      </TableCell>
                      <TableCell className="text-right tabular-nums">{b.naps}</TableCell>
                      <TableCell>
                        <Utilisation counts={b} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
        </div>
      )}
    </>
  );
}
