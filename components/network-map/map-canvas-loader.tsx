"use client";

import dynamic from "next/dynamic";
import type { MapCanvasProps } from "./map-canvas";

/**
 * Leaflet reads `window` when it is imported, so the map is rendered in the
 * browser only; until its code arrives the space it takes is held by a plain
 * panel of the same background, so nothing jumps.
 */
export const MapCanvasLoader = dynamic<MapCanvasProps>(() => import("./map-canvas"), {
  ssr: false,
  loading: () => (
    <div className="flex size-full items-center justify-center text-sm text-muted-foreground" style={{ background: "var(--map-bg)" }}>
      Loading the map…
    </div>
  ),
});
