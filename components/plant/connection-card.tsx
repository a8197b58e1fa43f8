import Link from "next/link";
import { CalendarPlus, MapPin, Wrench } from "lucide-react";
import { JOB_KIND_LABEL, JOB_STATUS_LABEL } from "@/components/field-jobs/labels";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Connection, FieldJobRow } from "@/db/queries/field-jobs";
import { isOpenJob } from "@/lib/field-jobs/serves";
import { formatCalendarDate } from "@/lib/time/format";
import { PlantChain } from "./chain";

type Line = { id: string; status: string; planName: string; label: string };

/**
 * Where each of the customer's lines hangs in the plant (OLT/PON → LCP → NAP →
 * port → device, with the latest reading), its plant jobs, and the way to
 * schedule one: a line moves to another port only by a job.
 */
export function ConnectionCard({
  lines,
  connections,
  jobs,
  canSchedule,
  home = null,
}: {
  lines: Line[];
  connections: Connection[];
  jobs: FieldJobRow[];
  canSchedule: boolean;
  /** The customer's GPS: where the free-port finder looks for a line waiting for installation. */
  home?: { lat: number; lng: number } | null;
}) {
  const shown = lines.filter((l) => l.status !== "cancelled" || connections.some((c) => c.subscriptionId === l.id));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Connection</CardTitle>
        <CardDescription>The plant each line is connected through, and its installation and other plant jobs.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {shown.length === 0 ? <p className="text-sm text-muted-foreground">No line to connect.</p> : null}
        {shown.map((line) => {
          const conn = connections.find((c) => c.subscriptionId === line.id);
          const lineJobs = jobs.filter((j) => j.subscriptionId === line.id);
          const openJob = lineJobs.find((j) => isOpenJob(j.status));
          return (
            <section key={line.id} className="flex flex-col gap-2 border-b pb-4 last:border-b-0 last:pb-0" aria-label={`Connection of ${line.planName}`}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-medium">
                  {line.planName}
                  {line.label ? <span className="text-muted-foreground"> · {line.label}</span> : null}
                </h3>
                {canSchedule && !openJob ? (
                  <div className="flex flex-wrap gap-2">
                    {line.status === "pending" && home ? (
                      <Button asChild size="sm" variant="outline">
                        <Link href={`/network/map?find=1&lat=${home.lat}&lng=${home.lng}&zoom=17&line=${line.id}`}>
                          <MapPin /> Find a free port
                        </Link>
                      </Button>
                    ) : null}
                    <Button asChild size="sm" variant={line.status === "pending" ? "default" : "outline"}>
                      <Link href={`/network/jobs/new?subscription=${line.id}`}>
                        {line.status === "pending" ? <CalendarPlus /> : <Wrench />}
                        {line.status === "pending" ? "Schedule installation" : "Plant job"}
                      </Link>
                    </Button>
                  </div>
                ) : null}
              </div>
              {conn ? (
                <>
                  <PlantChain
                    links={[
                      ...(conn.oltId ? [{ label: conn.oltName ?? "OLT", href: `/network/plant/olts/${conn.oltId}`, hint: conn.ponLabel ?? undefined }] : []),
                      ...(conn.lcpId ? [{ label: conn.lcpCode ?? "LCP", href: `/network/plant/lcps/${conn.lcpId}` }] : []),
                      { label: conn.napCode, href: `/network/plant/naps/${conn.napId}` },
                      { label: `Port ${conn.portNumber}` },
                      ...conn.devices.map((d) => ({ label: d.serialNumber, hint: `${d.kind.toUpperCase()}${d.model ? ` ${d.model}` : ""}` })),
                    ]}
                  />
                  {conn.rxPowerDbm !== null ? (
                    <p className="text-sm tabular-nums">
                      Receive power {conn.rxPowerDbm.toFixed(2)} dBm{conn.readOn ? ` on ${formatCalendarDate(conn.readOn)}` : ""}
                      {conn.expectedRxDbm !== null ? <span className="text-muted-foreground"> (expected {conn.expectedRxDbm.toFixed(2)} dBm)</span> : null}
                    </p>
                  ) : null}
                  {conn.signalFlag ? (
                    <Alert variant="destructive">
                      <AlertDescription>{conn.signalFlag}</AlertDescription>
                    </Alert>
                  ) : null}
                </>
              ) : (
                <p className="text-sm text-muted-foreground">{line.status === "pending" ? "Waiting for installation." : "Not on a NAP port in FiberBill."}</p>
              )}
              {lineJobs.length > 0 ? (
                <ul className="flex flex-col gap-1 text-sm">
                  {lineJobs.slice(0, 5).map((j) => (
                    <li key={j.id} className="flex flex-wrap items-center gap-2">
                      <Link href={`/network/jobs/${j.id}`} className="underline-offset-2 hover:underline">
                        {JOB_KIND_LABEL[j.kind]}
                      </Link>
                      <Badge variant="outline">{JOB_STATUS_LABEL[j.status]}</Badge>
                      <span className="text-muted-foreground tabular-nums">{formatCalendarDate(j.completedOn ?? j.scheduledOn)}</span>
                      {j.napCode && isOpenJob(j.status) ? (
                        <span className="text-muted-foreground">
                          {j.napCode} port {j.portNumber} reserved
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          );
        })}
      </CardContent>
    </Card>
  );
}
