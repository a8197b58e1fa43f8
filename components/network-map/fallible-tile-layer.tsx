"use client";

import { useEffect, useMemo, useRef } from "react";
import { TileLayer } from "react-leaflet";

/** This many tiles failing in a row, with none loading between them: the tile server is out of reach. */
const FAILURES_IN_A_ROW = 4;

/**
 * The tile layer, which gives up when its server cannot be reached (offline,
 * blocked, a wrong MAP_TILE_URL): the parent removes it and says so, and the
 * plant stays on the map's plain background instead of over broken images.
 */
export function FallibleTileLayer({ url, attribution, maxZoom, onFailed }: { url: string; attribution: string; maxZoom: number; onFailed: () => void }) {
  const failures = useRef(0);
  const failed = useRef(onFailed);
  useEffect(() => {
    failed.current = onFailed;
  });
  const eventHandlers = useMemo(
    () => ({
      tileload: () => {
        failures.current = 0;
      },
      tileerror: () => {
        failures.current += 1;
        if (failures.current === FAILURES_IN_A_ROW) failed.current();
      },
    }),
    [],
  );
  return <TileLayer url={url} attribution={attribution} maxZoom={maxZoom} eventHandlers={eventHandlers} />;
}
