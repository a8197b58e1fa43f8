import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { OutageHistory, OutageListRow } from "@/db/queries/outages";
import { formatDateTime } from "@/lib/time/format";
import { OutageStatusBadge } from "./status-badge";

type Props = {
  nap: OutageHistory;
  barangay: (OutageHistory & { name: string }) | null;
  recent: OutageListRow[];
  timeZone: string;
  /** Where "Declare outage" leads; null when the user may not declare. */
  declareHref: string | null;
};

const summary = (h: OutageHistory) =>
  h.outages === 0 ? "None recorded" : `${h.outages} outage${h.outages === 1 ? "" : "s"} · ${h.hours.toLocaleString("en")} h · ${h.subscribers.toLocaleString("en")} subscribers cut off`;

/** A NAP's outages and its barangay's, for judging how reliable that part of the plant is. */
export function OutageHistoryCard({ nap, barangay, recent, timeZone, declareHref }: Props) {
  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
        <CardTitle>Outage history</CardTitle>
        {declareHref ? (
          <Button asChild variant="outline" size="sm">
            <Link href={declareHref}>Declare outage</Link>
          </Button>
        ) : null}
      </CardHeader>
      <CardContent className="flex flex-col gap-4 text-sm">
        <dl className="grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-muted-foreground">This NAP</dt>
            <dd>{summary(nap)}</dd>
          </div>
          {barangay ? (
            <div>
              <dt className="text-muted-foreground">All of {barangay.name}</dt>
              <dd>{summary(barangay)}</dd>
            </div>
          ) : null}
        </dl>
        {recent.length > 0 ? (
          <ul className="flex flex-col gap-2" aria-label="Recent outages">
            {recent.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/network/outages/${o.id}`} className="font-medium underline-offset-2 hover:underline">
                  {o.number}
                </Link>
                <span className="text-muted-foreground">{formatDateTime(o.startedAt, timeZone)}</span>
                <span className="min-w-0 truncate">{o.cause}</span>
                <OutageStatusBadge resolvedAt={o.resolvedAt} />
              </li>
            ))}
          </ul>
        ) : null}
      </CardContent>
    </Card>
  );
}
