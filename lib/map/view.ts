import { z } from "zod";
import { cellDegrees, lcpLayer, napLayer, subscriberLayer } from "@/db/queries/map";
import type { Tx } from "@/db/types";
import { MAP_LAYERS, MAX_ZOOM, POINTS_ZOOM, type MapData, type MapLayer } from "./contract";

// Blank is missing, not 0 (as coerce reads it): a box stretched to the equator at street zoom would list a whole region as points.
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const lat = z.preprocess(blankToUndefined, z.coerce.number().min(-90).max(90));
const lng = z.preprocess(blankToUndefined, z.coerce.number().min(-180).max(180));
const optionalUuid = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.uuid().optional());

/** The data route's query string; a malformed one is a 400, never a 500. */
export const mapViewQuery = z
  .object({
    south: lat,
    north: lat,
    west: lng,
    east: lng,
    zoom: z.coerce.number().int().min(0).max(MAX_ZOOM),
    layers: z
      .string()
      .default(MAP_LAYERS.join(","))
      .transform((s) => s.split(",").filter(Boolean))
      .pipe(z.array(z.enum(MAP_LAYERS))),
    barangay: optionalUuid,
    outage: optionalUuid,
  })
  .refine((q) => q.south <= q.north && q.west <= q.east, "The box's south-west corner comes before its north-east corner.");
export type MapViewQuery = z.infer<typeof mapViewQuery>;

/** A 4K screen is 60 cells of 64 px across; twice that leaves room for a view's margin. */
const MAX_CELLS_ACROSS = 120;

/** What the map shows in a box at a zoom: each layer asked for, as clusters or as points by the zoom. */
export async function loadMapView(tx: Tx, q: MapViewQuery, today: string): Promise<MapData> {
  const f = { bbox: { south: q.south, west: q.west, north: q.north, east: q.east }, barangayId: q.barangay ?? null };
  const wants = (layer: MapLayer) => q.layers.includes(layer);
  // Points only for a box a screen at that zoom can show: a request claiming street zoom over a
  // whole province (no map asks that; a hand-made URL could) gets clusters, not every point.
  const fits = (zoom: number) => Math.max(q.north - q.south, q.east - q.west) <= cellDegrees(zoom) * MAX_CELLS_ACROSS;
  const points = (layer: MapLayer) => q.zoom >= POINTS_ZOOM[layer] && fits(q.zoom);
  // One transaction, so one connection: the layers run one after another.
  const lcps = wants("lcps") ? await lcpLayer(tx, f, q.zoom, points("lcps")) : null;
  const naps = wants("naps") ? await napLayer(tx, f, q.zoom, points("naps")) : null;
  const subscribers = wants("subscribers") ? await subscriberLayer(tx, f, q.zoom, points("subscribers"), { today, outageId: q.outage ?? null }) : null;
  return { zoom: q.zoom, lcps, naps, subscribers };
}

export const mapSearchQuery = z.object({ q: z.string().trim().min(1).max(40) });
export const mapPointQuery = z.object({ kind: z.enum(["nap", "lcp", "subscriber"]), id: z.uuid() });
export const freePortsQuery = z.object({ lat, lng });

