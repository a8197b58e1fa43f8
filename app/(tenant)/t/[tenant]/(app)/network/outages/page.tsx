import type { Metadata } from "next";
import Link from "next/link";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { OutageStatusBadge } from "@/components/outages/status-badge";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listOutages } from "@/db/queries/outages";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { outageKindName } from "@/lib/outages/target";
import { hasPermission } from "@/lib/permissions/check";
import { formatDateTime } from "@/lib/time/format";

export const metadata: Metadata = { title: "Outages" };

export default async function OutagesPage() {
  const { tenant, user } = await requirePermission("network.view");
  const rows = await withTenant(tenant.id, (tx) => listOutages(tx));
  return (
    <>
      <NetworkTabs current="/network/outages" />
      <PageHeader
        title="Outages"
        description="Plant that stopped carrying light, who it cut off, and what they were told."
        actions={
          hasPermission(user, "network.manage") ? (
            <Button asChild>
              <Link href="/network/outages/new">Declare outage</Link>
            </Button>
          ) : null
        }
      />
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">No outages recorded. Declare one from here, the map or a NAP&apos;s page when a box goes dark.</p>
      ) : (
        <div className="overflow-x-auto rounded-md border">
          <Table aria-label="Outages">
            <TableHeader>
              <TableRow>
                <TableHead>Outage</TableHead>
                <TableHead>Where</TableHead>
                <TableHead>Cause</TableHead>
                <TableHead>Started</TableHead>
                <TableHead className="text-right">Lines</TableHead>
                <TableHead>Status</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((o) => (
                <TableRow key={o.id}>
                  <TableCell>
                    <Link href={`/network/outages/${o.id}`} className="font-medium underline-offset-2 hover:underline">
                      {o.number}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {outageKindName(o.targetKind)} {o.targetLabel}
                  </TableCell>
                  <TableCell className="max-w-64 truncate">{o.cause}</TableCell>
                  <TableCell className="whitespace-nowrap tabular-nums">{formatDateTime(o.startedAt, tenant.timeZone)}</TableCell>
                  <TableCell className="text-right tabular-nums">{o.subscriptions}</TableCell>
                  <TableCell>
                    <OutageStatusBadge resolvedAt={o.resolvedAt} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
