import type { Bbox, FreePortCandidate, MapData, MapLayer, MapPointCard, MapSearchHit } from "@/lib/map/contract";

/**
 * The map's four routes (app/.../network/map/{data,search,point,free-ports}),
 * fetched from the browser. Relative URLs: the page is served on the
 * tenant's subdomain and the proxy maps the path. Each takes the caller's
 * AbortSignal, so a newer request can cancel an older one.
 */

export type PointKind = MapPointCard["kind"];

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`${res.status}`);
  return (await res.json()) as T;
}

/** Six decimals is about 10 cm: enough for a view, and stable keys for caches along the way. */
const coord = (n: number) => n.toFixed(6);
/** Zoomed far out, Leaflet's bounds run past the date line and the poles; the route takes the world's. */
const clamp = (n: number, limit: number) => Math.max(-limit, Math.min(limit, n));

export function fetchMapData(
  view: { bbox: Bbox; zoom: number },
  options: { layers: MapLayer[]; barangay: string | null; outage: string | null },
  signal?: AbortSignal,
): Promise<MapData> {
  const q = new URLSearchParams({
    south: coord(clamp(view.bbox.south, 90)),
    west: coord(clamp(view.bbox.west, 180)),
    north: coord(clamp(view.bbox.north, 90)),
    east: coord(clamp(view.bbox.east, 180)),
    zoom: String(view.zoom),
    layers: options.layers.join(","),
  });
  if (options.barangay) q.set("barangay", options.barangay);
  if (options.outage) q.set("outage", options.outage);
  return getJson(`/network/map/data?${q}`, signal);
}

export function searchMap(text: string, signal?: AbortSignal): Promise<MapSearchHit[]> {
  return getJson(`/network/map/search?${new URLSearchParams({ q: text })}`, signal);
}

export function fetchPointCard(kind: PointKind, id: string, signal?: AbortSignal): Promise<MapPointCard> {
  return getJson(`/network/map/point?${new URLSearchParams({ kind, id })}`, signal);
}

export function fetchFreePorts(point: { lat: number; lng: number }, line: string | null, signal?: AbortSignal): Promise<FreePortCandidate[]> {
  const q = new URLSearchParams({ lat: coord(point.lat), lng: coord(point.lng) });
  if (line) q.set("line", line);
  return getJson(`/network/map/free-ports?${q}`, signal);
}

/** Google Maps directions to a point: opens the phone's map app where there is one. */
export function navigateHref(lat: number, lng: number): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${lat},${lng}`;
}
