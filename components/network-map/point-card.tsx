"use client";

import { ExternalLink, LocateFixed, X } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import type { MapPointCard, SubscriberState } from "@/lib/map/contract";
import { formatPesos } from "@/lib/money";
import { navigateHref } from "./map-api";
import type { Remote } from "./use-remote";

const STATE_WORDS: Record<SubscriberState, string> = { paid: "paid up", overdue: "overdue", suspended: "suspended", waiting: "waiting for installation" };

const KIND_LABELS: Record<MapPointCard["kind"], string> = { nap: "NAP box", lcp: "LCP cabinet", subscriber: "Subscriber" };

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-3 py-1">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="text-right font-medium">{children}</dd>
    </div>
  );
}

/**
 * The card of the point clicked or searched: the essentials and where to go
 * from there. Beside the map on a desktop, under it on a phone.
 */
export function PointCard({
  card,
  canManage,
  onClose,
  onFindFreePort,
}: {
  card: Remote<MapPointCard>;
  canManage: boolean;
  onClose: () => void;
  /** A subscriber waiting for installation: open the finder at the premises, for this line. */
  onFindFreePort: (point: { lat: number; lng: number }, line: string) => void;
}) {
  const c = card.data;
  const title = c ? (c.kind === "subscriber" ? c.name : c.code) : card.failed ? "Not available" : "Loading…";
  return (
    <section aria-labelledby="map-card-heading" className="rounded-lg border bg-card p-4 text-sm text-card-foreground shadow-sm">
      <div className="mb-2 flex items-start justify-between gap-2">
        <div className="min-w-0">
          {c ? <p className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{KIND_LABELS[c.kind]}</p> : null}
          <h2 id="map-card-heading" className="truncate text-base font-semibold">
            {title}
          </h2>
        </div>
        <Button type="button" variant="ghost" size="icon" className="-mt-1 -mr-2 size-8" aria-label="Close the card" onClick={onClose}>
          <X />
        </Button>
      </div>
      {card.loading ? (
        <div className="grid gap-2">
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-4 w-1/2" />
        </div>
      ) : card.failed || !c ? (
        <p className="text-destructive">This point could not be loaded. It may have been moved or removed.</p>
      ) : (
        <>
          <dl className="divide-y">{details(c)}</dl>
          <div className="mt-3 flex flex-wrap gap-2">
            {links(c, canManage, onFindFreePort)}
            <Button asChild variant="outline" size="sm">
              <a href={navigateHref(c.lat, c.lng)} target="_blank" rel="noopener noreferrer">
                <ExternalLink /> Navigate
              </a>
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

function details(c: MapPointCard) {
  switch (c.kind) {
    case "nap":
      return (
        <>
          {c.name ? <Row label="Name">{c.name}</Row> : null}
          <Row label="Free ports">
            {c.free} of {c.ports}
          </Row>
          {c.faulty > 0 ? <Row label="Faulty ports">{c.faulty}</Row> : null}
          <Row label="Fed from">{c.lcpCode ?? "No LCP recorded"}</Row>
          {c.barangay ? <Row label="Barangay">{c.barangay}</Row> : null}
          {c.openOutage ? <Row label="Outage">{c.openOutage.number} (open)</Row> : null}
        </>
      );
    case "lcp":
      return (
        <>
          {c.name ? <Row label="Name">{c.name}</Row> : null}
          <Row label="NAPs fed">{c.naps}</Row>
          {c.barangay ? <Row label="Barangay">{c.barangay}</Row> : null}
        </>
      );
    case "subscriber":
      return (
        <>
          <Row label="Account">{c.accountNo}</Row>
          <Row label="Plan">{c.plan}</Row>
          <Row label="Status">
            <span className="capitalize">{c.status}</span> · {STATE_WORDS[c.state]}
          </Row>
          <Row label="Balance">{formatPesos(c.balance)}</Row>
          <Row label="NAP · port">{c.napCode ? `${c.napCode}${c.portNumber !== null ? ` · port ${c.portNumber}` : ""}` : "Not connected"}</Row>
        </>
      );
  }
}

function links(c: MapPointCard, canManage: boolean, onFindFreePort: (point: { lat: number; lng: number }, line: string) => void) {
  switch (c.kind) {
    case "nap":
      return (
        <>
          <Button asChild size="sm">
            <Link href={`/network/plant/naps/${c.id}`}>Open NAP</Link>
          </Button>
          {c.openOutage ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`/network/outages/${c.openOutage.id}`}>Open outage {c.openOutage.number}</Link>
            </Button>
          ) : canManage ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`/network/outages/new?kind=nap&id=${c.id}`}>Declare outage</Link>
            </Button>
          ) : null}
        </>
      );
    case "lcp":
      return (
        <>
          <Button asChild size="sm">
            <Link href={`/network/plant/lcps/${c.id}`}>Open LCP</Link>
          </Button>
          {canManage ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`/network/outages/new?kind=lcp&id=${c.id}`}>Declare outage</Link>
            </Button>
          ) : null}
        </>
      );
    case "subscriber":
      return (
        <>
          <Button asChild size="sm">
            <Link href={`/customers/${c.customerId}`}>Open customer</Link>
          </Button>
          {c.state === "waiting" && canManage ? (
            <Button type="button" variant="outline" size="sm" onClick={() => onFindFreePort({ lat: c.lat, lng: c.lng }, c.id)}>
              <LocateFixed /> Find a free port here
            </Button>
          ) : null}
        </>
      );
  }
}
