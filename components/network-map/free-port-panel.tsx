"use client";

import { X } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import type { FreePortCandidate } from "@/lib/map/contract";
import type { Remote } from "./use-remote";

const metres = (m: number) => `${Math.round(m).toLocaleString("en")} m`;

/**
 * The free-port finder's answer: the nearest NAPs with a free port, nearest
 * first, with the drop it would take and the receive power the plant's loss
 * check expects. With a line given (a customer's "find a free port"), each
 * offers to schedule that line's installation on it.
 */
export function FreePortPanel({
  title,
  point,
  result,
  line,
  canManage,
  onShow,
  onClose,
}: {
  title: string;
  point: { lat: number; lng: number } | null;
  result: Remote<FreePortCandidate[]>;
  line: string | null;
  canManage: boolean;
  onShow: (c: FreePortCandidate) => void;
  onClose: () => void;
}) {
  return (
    <section aria-labelledby="map-finder-heading" className="rounded-lg border bg-card p-4 text-sm text-card-foreground shadow-sm">
      <div className="mb-2 flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id="map-finder-heading" className="text-base font-semibold">
            {title}
          </h2>
          <p className="text-xs text-muted-foreground">
            {point ? `From ${point.lat.toFixed(5)}, ${point.lng.toFixed(5)}` : "Click the map where the premises are."}
            {line ? " · Choosing a NAP schedules this line's installation on it." : ""}
          </p>
        </div>
        <Button type="button" variant="ghost" size="icon" className="-mt-1 -mr-2 size-8" aria-label="Close the free-port finder" onClick={onClose}>
          <X />
        </Button>
      </div>
      {!point ? null : result.loading ? (
        <div className="grid gap-2" role="status">
          <span className="sr-only">Looking for free ports…</span>
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-full" />
        </div>
      ) : result.failed ? (
        <p role="alert" className="text-destructive">
          The free ports could not be looked up. Try again.
        </p>
      ) : result.data && result.data.length === 0 ? (
        <p role="status" className="text-muted-foreground">
          No NAP with a free port is near this point.
        </p>
      ) : result.data ? (
        <ol aria-label="Free ports near the point" className="divide-y">
          {result.data.map((c, i) => (
            <li key={c.napId} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 py-2">
              <div className="min-w-0">
                <button type="button" className="font-semibold underline-offset-2 hover:underline" onClick={() => onShow(c)} aria-label={`${i + 1}. ${c.code}: show on the map`}>
                  {i + 1}. {c.code}
                </button>
                {c.name ? <span className="text-muted-foreground"> · {c.name}</span> : null}
                <p className="text-xs text-muted-foreground">
                  {metres(c.distanceM)} away · drop about {metres(c.dropLengthM)} · {c.freePorts} free port{c.freePorts === 1 ? "" : "s"} (first: port {c.firstFreePortNumber})
                </p>
                <p className="text-xs">{c.expectedRxDbm === null ? "Expected receive power: chain not recorded" : `Expected receive power ${c.expectedRxDbm.toFixed(1)} dBm`}</p>
              </div>
              {line && canManage ? (
                <Button asChild size="sm">
                  <Link href={`/network/jobs/new?subscription=${line}&nap=${c.napId}`} aria-label={`Choose ${c.code}`}>
                    Choose
                  </Link>
                </Button>
              ) : (
                <Button asChild variant="outline" size="sm">
                  <Link href={`/network/plant/naps/${c.napId}`} aria-label={`Open ${c.code}`}>
                    Open NAP
                  </Link>
                </Button>
              )}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
