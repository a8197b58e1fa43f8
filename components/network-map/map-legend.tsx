import type { NapState, SubscriberState } from "@/lib/map/contract";
import { CLUSTER_COLORS, FINDER_COLOR, LCP_COLOR, LINE_COLOR, NAP_COLORS, NAP_STATE_LABELS, OUTAGE_RING, SUBSCRIBER_COLORS, SUBSCRIBER_STATE_LABELS } from "./colors";

function Dot({ color, size = 12, ring }: { color: string; size?: number; ring?: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block shrink-0 rounded-full border-2 border-white shadow-sm"
      style={{ background: color, width: size, height: size, boxShadow: ring ? `0 0 0 3px ${ring}` : undefined }}
    />
  );
}

/** What the colours on the map mean. */
export function MapLegend({ outage }: { outage: boolean }) {
  const naps = Object.entries(NAP_STATE_LABELS) as [NapState, string][];
  const subscribers = Object.entries(SUBSCRIBER_STATE_LABELS) as [SubscriberState, string][];
  return (
    <section aria-labelledby="map-legend-heading" className="rounded-lg border p-4 text-sm">
      <h2 id="map-legend-heading" className="mb-3 font-semibold">
        Legend
      </h2>
      <ul className="grid gap-1.5">
        <li className="flex items-center gap-2">
          <Dot color={LCP_COLOR} size={16} /> LCP cabinet
        </li>
        {naps.map(([state, label]) => (
          <li key={state} className="flex items-center gap-2">
            <Dot color={NAP_COLORS[state]} size={14} /> {label}
          </li>
        ))}
        {subscribers.map(([state, label]) => (
          <li key={state} className="flex items-center gap-2">
            <Dot color={SUBSCRIBER_COLORS[state]} size={10} /> {label}
          </li>
        ))}
        {outage ? (
          <li className="flex items-center gap-2">
            <Dot color={SUBSCRIBER_COLORS.suspended} size={10} ring={OUTAGE_RING} /> Cut off by the outage
          </li>
        ) : null}
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="flex gap-0.5">
            <Dot color={CLUSTER_COLORS.subscribers} size={14} />
            <Dot color={CLUSTER_COLORS.naps} size={14} />
          </span>
          A group of subscribers or NAPs (click to zoom in)
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-0 w-5 border-t-2" style={{ borderColor: LINE_COLOR }} /> LCP to NAP, and NAP to subscriber, when zoomed in
        </li>
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-0 w-5 border-t-2 border-dashed" style={{ borderColor: FINDER_COLOR }} /> Free-port finder: a NAP near the point
        </li>
      </ul>
    </section>
  );
}
