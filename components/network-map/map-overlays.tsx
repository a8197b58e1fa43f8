"use client";

import { Circle, CircleMarker, Polyline, Tooltip } from "react-leaflet";
import type { FreePortCandidate } from "@/lib/map/contract";
import { FINDER_COLOR, ME_COLOR } from "./colors";

export type LatLng = { lat: number; lng: number };

export type OverlayProps = {
  /** The point whose card is open. */
  selected: LatLng | null;
  /** Where the free-port finder was asked, and what it found. */
  finderPoint: LatLng | null;
  candidates: FreePortCandidate[] | null;
  /** The user's position ("Locate me"), with its accuracy in metres. */
  me: (LatLng & { accuracyM: number }) | null;
};

/**
 * What the user did, on top of the plant: the finder's point and its NAPs
 * (numbered to the right), the open card's ring, and where they stand (labelled
 * to the left, so the nearest NAP's number stays readable), drawn last.
 */
export function MapOverlays({ selected, finderPoint, candidates, me }: OverlayProps) {
  return (
    <>
      {finderPoint && candidates
        ? candidates.map((c, i) => (
            <Polyline
              key={`line-${c.napId}`}
              positions={[
                [finderPoint.lat, finderPoint.lng],
                [c.lat, c.lng],
              ]}
              pathOptions={{ color: FINDER_COLOR, weight: 2, dashArray: "6 4", opacity: i === 0 ? 1 : 0.6 }}
              interactive={false}
            />
          ))
        : null}
      {candidates
        ? candidates.map((c, i) => (
            <CircleMarker key={c.napId} center={[c.lat, c.lng]} radius={13} pathOptions={{ color: FINDER_COLOR, weight: 3, fill: false }} interactive={false}>
              <Tooltip permanent direction="right" offset={[12, 0]}>
                {i + 1}. {c.code}
              </Tooltip>
            </CircleMarker>
          ))
        : null}
      {finderPoint && !(me && me.lat === finderPoint.lat && me.lng === finderPoint.lng) ? (
        <CircleMarker center={[finderPoint.lat, finderPoint.lng]} radius={7} pathOptions={{ color: "#0f172a", weight: 3, fillColor: "#ffffff", fillOpacity: 1 }} interactive={false} />
      ) : null}
      {selected ? <CircleMarker center={[selected.lat, selected.lng]} radius={16} pathOptions={{ color: "#0ea5e9", weight: 3, fill: false }} interactive={false} /> : null}
      {me ? (
        <>
          {me.accuracyM > 10 && me.accuracyM < 1000 ? (
            <Circle center={[me.lat, me.lng]} radius={me.accuracyM} pathOptions={{ color: ME_COLOR, weight: 1, fillColor: ME_COLOR, fillOpacity: 0.08 }} interactive={false} />
          ) : null}
          <CircleMarker center={[me.lat, me.lng]} radius={8} pathOptions={{ color: "#ffffff", weight: 3, fillColor: ME_COLOR, fillOpacity: 1 }} interactive={false}>
            <Tooltip permanent direction="left" offset={[-10, 0]}>
              You are here
            </Tooltip>
          </CircleMarker>
        </>
      ) : null}
    </>
  );
}
