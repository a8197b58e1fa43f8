"use client";

import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, useMemo, useRef } from "react";
import { MapContainer, useMap, useMapEvents } from "react-leaflet";
import { MAX_ZOOM, type MapData } from "@/lib/map/contract";
import type { TileConfig } from "@/lib/map/tiles";
import { drawPlant, type PlantHandlers } from "./draw-plant";
import { FallibleTileLayer } from "./fallible-tile-layer";
import { MapOverlays, type OverlayProps } from "./map-overlays";
import type { PointKind } from "./map-api";
import type { MapView } from "./use-map-data";

/**
 * Where the map should go next (a search hit, "Locate me", a finder result):
 * a new object each time, so flying to the same place twice flies twice. Given
 * as a prop rather than a call on the map, it also works when asked for
 * before the map's code has arrived.
 */
export type Flight = { lat: number; lng: number; zoom?: number; minZoom?: number };

export type MapCanvasProps = OverlayProps & {
  initialView: { lat: number; lng: number; zoom: number };
  tiles: TileConfig;
  tilesFailed: boolean;
  data: MapData | null;
  /** A click on the map (or on a point) picks the finder's point instead of opening a card. */
  finderMode: boolean;
  flight: Flight | null;
  onViewChange: (view: MapView) => void;
  onPointClick: (kind: PointKind, id: string, lat: number, lng: number) => void;
  onMapClick: (lat: number, lng: number) => void;
  onTilesFailed: () => void;
};

/**
 * The Leaflet map itself. Browser-only (Leaflet touches `window` on import):
 * map-canvas-loader.tsx loads it with next/dynamic and ssr: false.
 */
export default function MapCanvas(props: MapCanvasProps) {
  const { initialView, tiles, tilesFailed, data, finderMode } = props;
  return (
    <MapContainer
      center={[initialView.lat, initialView.lng]}
      zoom={initialView.zoom}
      maxZoom={MAX_ZOOM}
      minZoom={3}
      preferCanvas
      className="size-full"
      // Inline, so it wins over leaflet.css's grey (@layer utilities would not); the wrapper sets the variable per theme.
      style={{ background: "var(--map-bg)" }}
    >
      {tiles && !tilesFailed ? <FallibleTileLayer url={tiles.url} attribution={tiles.attribution} maxZoom={MAX_ZOOM} onFailed={props.onTilesFailed} /> : null}
      <ViewEvents {...props} />
      <PlantLayer data={data} finderMode={finderMode} onPointClick={props.onPointClick} onMapClick={props.onMapClick} />
      <MapOverlays selected={props.selected} finderPoint={props.finderPoint} candidates={props.candidates} me={props.me} />
    </MapContainer>
  );
}

function viewOf(map: L.Map): MapView {
  const b = map.getBounds();
  const c = map.getCenter();
  return {
    bbox: { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() },
    zoom: Math.round(map.getZoom()),
    center: { lat: c.lat, lng: c.lng },
  };
}

/** Reports every settled view and the clicks of finder mode; flies where it is asked to. */
function ViewEvents({ flight, onViewChange, onMapClick, finderMode }: MapCanvasProps) {
  const latest = useRef({ onViewChange, onMapClick, finderMode });
  useEffect(() => {
    latest.current = { onViewChange, onMapClick, finderMode };
  });
  const handlers = useMemo<L.LeafletEventHandlerFnMap>(
    () => ({
      moveend: (e) => latest.current.onViewChange(viewOf(e.target as L.Map)),
      click: (e) => {
        if (latest.current.finderMode) latest.current.onMapClick(e.latlng.lat, e.latlng.lng);
      },
    }),
    [],
  );
  const map = useMapEvents(handlers);
  useEffect(() => {
    onViewChange(viewOf(map));
    // Once per map: later views come from moveend.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);
  useEffect(() => {
    if (flight) map.flyTo([flight.lat, flight.lng], flight.zoom ?? Math.max(map.getZoom(), flight.minZoom ?? 0));
  }, [map, flight]);
  useEffect(() => {
    // Inline: leaflet.css's grab cursor is not in a cascade layer, so a utility class would lose to it.
    map.getContainer().style.cursor = finderMode ? "crosshair" : "";
  }, [map, finderMode]);
  return null;
}

/** The plant of the last answer, redrawn whenever a new answer arrives. */
function PlantLayer({ data, finderMode, onPointClick, onMapClick }: { data: MapData | null; finderMode: boolean; onPointClick: MapCanvasProps["onPointClick"]; onMapClick: MapCanvasProps["onMapClick"] }) {
  const map = useMap();
  const group = useRef<L.LayerGroup | null>(null);
  const handlers = useRef<PlantHandlers>({ point: () => {}, cluster: () => {} });
  useEffect(() => {
    handlers.current = {
      // In finder mode a point is just where the user clicked.
      point: (kind, id, lat, lng) => (finderMode ? onMapClick(lat, lng) : onPointClick(kind, id, lat, lng)),
      cluster: (lat, lng) => map.flyTo([lat, lng], Math.min(map.getZoom() + 2, MAX_ZOOM)),
    };
  });
  useEffect(() => {
    const g = L.layerGroup().addTo(map);
    group.current = g;
    return () => {
      g.remove();
      group.current = null;
    };
  }, [map]);
  useEffect(() => {
    const g = group.current;
    if (!g) return;
    g.clearLayers();
    if (data) drawPlant(g, data, handlers);
  }, [data]);
  return null;
}
