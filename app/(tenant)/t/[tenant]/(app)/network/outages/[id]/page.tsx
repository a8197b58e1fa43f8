import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OutageStatusBadge } from "@/components/outages/status-badge";
import { ResolveOutageForm } from "@/components/outages/resolve-form";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { affectedSubscriptions, getOutage } from "@/db/queries/outages";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { formatPesos } from "@/lib/money";
import { outageKindName } from "@/lib/outages/target";
import { hasPermission } from "@/lib/permissions/check";
import { formatDateTime } from "@/lib/time/format";
import { localInputValue } from "@/lib/time/local-time";
import { isUuid } from "@/lib/uuid";
import { resolveOutageAction } from "../actions";

export const metadata: Metadata = { title: "Outage" };

const SHOWN = 200;

function hoursBetween(from: Date, to: Date): string {
  const h = (to.getTime() - from.getTime()) / 3_600_000;
  return h < 1 ? `${Math.round(h * 60)} min` : `${Math.round(h * 10) / 10} h`;
}

export default async function OutagePage({ params }: PageProps<"/t/[tenant]/network/outages/[id]">) {
  const { tenant, user } = await requirePermission("network.view");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const data = await withTenant(tenant.id, async (tx) => {
    const outage = await getOutage(tx, id);
    return outage ? { outage, lines: await affectedSubscriptions(tx, id, SHOWN) } : null;
  });
  if (!data) notFound();
  const { outage: o, lines } = data;
  const tz = tenant.timeZone;
  const targetHref = o.napId ? `/network/plant/naps/${o.napId}` : o.lcpId ? `/network/plant/lcps/${o.lcpId}` : null;
  const mapHref = o.center ? `/network/map?outage=${o.id}&lat=${o.center.lat.toFixed(6)}&lng=${o.center.lng.toFixed(6)}&zoom=16` : null;
  return (
    <>
      <NetworkTabs current="/network/outages" />
      <PageHeader title={`${o.number} · ${outageKindName(o.targetKind)} ${o.targetLabel}`} description={o.cause} />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
            <CardTitle>What happened</CardTitle>
            <OutageStatusBadge resolvedAt={o.resolvedAt} />
          </CardHeader>
          <CardContent>
            <dl className="grid gap-3 text-sm sm:grid-cols-3">
              <div>
                <dt className="text-muted-foreground">Where</dt>
                <dd>
                  {targetHref ? (
                    <Link href={targetHref} className="font-medium underline-offset-2 hover:underline">
                      {outageKindName(o.targetKind)} {o.targetLabel}
                    </Link>
                  ) : (
                    `${outageKindName(o.targetKind)} ${o.targetLabel}`
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Started</dt>
                <dd className="tabular-nums">{formatDateTime(o.startedAt, tz)}</dd>
              </div>
              <div>
                <dt className="text-muted-foreground">{o.resolvedAt ? "Resolved" : "Expected back"}</dt>
                <dd className="tabular-nums">
                  {o.resolvedAt ? `${formatDateTime(o.resolvedAt, tz)} (${hoursBetween(o.startedAt, o.resolvedAt)})` : o.expectedRestorationAt ? formatDateTime(o.expectedRestorationAt, tz) : "Not said"}
                </dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Cut off</dt>
                <dd>
                  {o.subscriptions} line{o.subscriptions === 1 ? "" : "s"} of {o.customers} customer{o.customers === 1 ? "" : "s"}, behind {o.naps} NAP{o.naps === 1 ? "" : "s"}
                </dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Messages</dt>
                <dd>
                  {o.messages.outage} outage message{o.messages.outage === 1 ? "" : "s"} queued
                  {o.resolvedAt ? `, ${o.messages.restored} “service restored”` : ""} ·{" "}
                  <Link href="/notifications" className="underline-offset-2 hover:underline">
                    Outbox
                  </Link>
                </dd>
              </div>
              <div>
                <dt className="text-muted-foreground">Service credits</dt>
                <dd>{o.credits.count > 0 ? `${o.credits.count} (${formatPesos(o.credits.amount)} in all), on their next invoices` : o.resolvedAt ? "None" : "Decided when resolved"}</dd>
              </div>
              {o.resolution ? (
                <div className="sm:col-span-3">
                  <dt className="text-muted-foreground">What was done</dt>
                  <dd>{o.resolution}</dd>
                </div>
              ) : null}
              <div className="sm:col-span-3 text-muted-foreground">
                Declared by {o.declaredBy ?? "a former staff member"}
                {o.resolvedBy ? `; resolved by ${o.resolvedBy}` : ""}.
                {mapHref ? (
                  <>
                    {" "}
                    <Link href={mapHref} className="text-foreground underline-offset-2 hover:underline">
                      See them on the map
                    </Link>
                  </>
                ) : null}
              </div>
            </dl>
          </CardContent>
        </Card>
        {!o.resolvedAt && hasPermission(user, "network.manage") ? (
          <Card>
            <CardHeader>
              <CardTitle>Resolve</CardTitle>
            </CardHeader>
            <CardContent>
              <ResolveOutageForm action={resolveOutageAction} outageId={o.id} now={localInputValue(new Date(), tz)} />
            </CardContent>
          </Card>
        ) : null}
        <section aria-labelledby="affected-heading" className="flex flex-col gap-2">
          <h2 id="affected-heading" className="text-lg font-semibold">
            Affected subscribers
          </h2>
          {lines.length === 0 ? (
            <p className="text-sm text-muted-foreground">No active line was connected behind it.</p>
          ) : (
            <div className="overflow-x-auto rounded-md border">
              <Table aria-label="Affected subscribers">
                <TableHeader>
                  <TableRow>
                    <TableHead>Account</TableHead>
                    <TableHead>Customer</TableHead>
                    <TableHead>Plan</TableHead>
                    <TableHead>NAP</TableHead>
                    <TableHead>Barangay</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {lines.map((l) => (
                    <TableRow key={l.subscriptionId}>
                      <TableCell className="font-mono">{l.accountNo}</TableCell>
                      <TableCell>
                        <Link href={`/customers/${l.customerId}`} className="font-medium underline-offset-2 hover:underline">
                          {l.name}
                        </Link>
                      </TableCell>
                      <TableCell>{l.plan}</TableCell>
                      <TableCell>{l.napCode}</TableCell>
                      <TableCell>{l.barangay ?? "—"}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          {o.subscriptions > lines.length ? <p className="text-sm text-muted-foreground">The first {lines.length} of {o.subscriptions}, by NAP and account.</p> : null}
        </section>
      </div>
    </>
  );
}
