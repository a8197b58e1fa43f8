import L from "leaflet";
import { LINES_ZOOM, type Cluster, type MapData, type MapLayer } from "@/lib/map/contract";
import { CLUSTER_COLORS, LAYER_LABELS, LCP_COLOR, LINE_COLOR, NAP_COLORS, OUTAGE_RING, SUBSCRIBER_COLORS, SUBSCRIBER_STATE_LABELS } from "./colors";
import type { PointKind } from "./map-api";

export type PlantHandlers = {
  point: (kind: PointKind, id: string, lat: number, lng: number) => void;
  cluster: (lat: number, lng: number) => void;
};

/**
 * Draws one answer of the data route into a layer group, imperatively: a
 * street-level view holds hundreds of points, and Leaflet's canvas renderer
 * (the map's preferCanvas) paints them in one pass, where a React element
 * per point would reconcile them all on every pan. Lines first, then
 * subscribers, NAPs and LCPs, so the plant sits on top of the drops.
 */
export function drawPlant(group: L.LayerGroup, data: MapData, handlers: { current: PlantHandlers }): void {
  const lines = data.zoom >= LINES_ZOOM;
  const subscribers = data.subscribers && "points" in data.subscribers ? data.subscribers.points : [];
  const naps = data.naps && "points" in data.naps ? data.naps.points : [];
  const lcps = data.lcps && "points" in data.lcps ? data.lcps.points : [];

  if (lines) {
    for (const [, lat, lng, , , , , lcpLat, lcpLng] of naps) {
      if (lcpLat !== null && lcpLng !== null) group.addLayer(L.polyline([[lcpLat, lcpLng], [lat, lng]], { color: LINE_COLOR, weight: 2.5, opacity: 0.85, interactive: false }));
    }
    for (const [, lat, lng, , napLat, napLng] of subscribers) {
      if (napLat !== null && napLng !== null) group.addLayer(L.polyline([[napLat, napLng], [lat, lng]], { color: LINE_COLOR, weight: 1, opacity: 0.7, dashArray: "3 3", interactive: false }));
    }
  }

  const clickable = (layer: L.CircleMarker, kind: PointKind, id: string, lat: number, lng: number) =>
    layer.on("click", () => handlers.current.point(kind, id, lat, lng));
  const big = data.zoom >= 18;

  for (const [id, lat, lng, state, , , inOutage] of subscribers) {
    if (inOutage === 1) {
      group.addLayer(L.circleMarker([lat, lng], { radius: big ? 11 : 9, color: "#ffffff", weight: 5, fill: false, interactive: false }));
      group.addLayer(L.circleMarker([lat, lng], { radius: big ? 11 : 9, color: OUTAGE_RING, weight: 3, fill: false, interactive: false }));
    }
    const dot = L.circleMarker([lat, lng], { radius: big ? 6 : 4.5, color: "#ffffff", weight: 1.5, fillColor: SUBSCRIBER_COLORS[state], fillOpacity: 1, bubblingMouseEvents: false });
    dot.bindTooltip(SUBSCRIBER_STATE_LABELS[state], { direction: "top", offset: [0, -6] });
    group.addLayer(clickable(dot, "subscriber", id, lat, lng));
  }

  for (const [id, lat, lng, code, free, ports, state] of naps) {
    const box = L.circleMarker([lat, lng], { radius: big ? 9 : 7, color: "#ffffff", weight: 2, fillColor: NAP_COLORS[state], fillOpacity: 1, bubblingMouseEvents: false });
    box.bindTooltip(`${code} · ${free} of ${ports} ports free`, { direction: "top", offset: [0, -8] });
    group.addLayer(clickable(box, "nap", id, lat, lng));
  }

  for (const [id, lat, lng, code] of lcps) {
    const cabinet = L.circleMarker([lat, lng], { radius: 10, color: "#ffffff", weight: 3, fillColor: LCP_COLOR, fillOpacity: 1, bubblingMouseEvents: false });
    cabinet.bindTooltip(`${code} (LCP)`, { direction: "top", offset: [0, -10] });
    group.addLayer(clickable(cabinet, "lcp", id, lat, lng));
    group.addLayer(L.circleMarker([lat, lng], { radius: 3, stroke: false, fillColor: "#ffffff", fillOpacity: 1, interactive: false }));
  }

  // Clusters last: at city level they are all there is, and they take the clicks.
  for (const layer of ["subscribers", "naps", "lcps"] as const satisfies MapLayer[]) {
    const value = data[layer];
    if (value && "clusters" in value) for (const cluster of value.clusters) group.addLayer(clusterMarker(layer, cluster, handlers));
  }
}

/** "1.2k" past a thousand: the bubble stays small. */
function shortCount(n: number): string {
  if (n < 1000) return String(n);
  return n < 10_000 ? `${(n / 1000).toFixed(1).replace(/\.0$/, "")}k` : `${Math.round(n / 1000)}k`;
}

/** A bubble sized by its count, with the count in it; a click zooms in on it. */
function clusterMarker(layer: MapLayer, [lat, lng, count]: Cluster, handlers: { current: PlantHandlers }): L.Marker {
  const size = Math.round(Math.min(56, 24 + 8 * Math.log10(Math.max(count, 1))));
  const what = LAYER_LABELS[layer].toLowerCase();
  const icon = L.divIcon({
    className: "",
    iconSize: [size, size],
    html: `<span class="flex size-full items-center justify-center rounded-full border-2 border-white text-[11px] font-semibold text-white shadow-md" style="background:${CLUSTER_COLORS[layer]}">${shortCount(count)}</span>`,
  });
  const marker = L.marker([lat, lng], { icon, title: `${count.toLocaleString("en")} ${what}: zoom in`, keyboard: true });
  marker.on("click", () => handlers.current.cluster(lat, lng));
  return marker;
}
