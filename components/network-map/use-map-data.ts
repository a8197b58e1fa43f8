"use client";

import { useEffect, useState } from "react";
import type { Bbox, MapData, MapLayer } from "@/lib/map/contract";
import { fetchMapData } from "./map-api";

export type MapView = { bbox: Bbox; zoom: number; center: { lat: number; lng: number } };

/** Panning fires moveend once per gesture, but a fling or a few zoom clicks come in quick succession. */
const DEBOUNCE_MS = 200;

type State = { data: MapData | null; loading: boolean; failed: boolean };

/**
 * The plant in view: fetched when the view settles or the layers, barangay
 * or outage change; a newer request aborts the one still running, so a slow
 * answer for an old view never replaces a newer one.
 */
export function useMapData(view: MapView | null, layers: MapLayer[], barangay: string | null, outage: string | null, retry: number): State {
  const [state, setState] = useState<State>({ data: null, loading: false, failed: false });
  const layerKey = layers.join(",");

  useEffect(() => {
    if (!view || layerKey === "") return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, loading: true }));
      fetchMapData(view, { layers: layerKey.split(",") as MapLayer[], barangay, outage }, controller.signal).then(
        (data) => setState({ data, loading: false, failed: false }),
        () => {
          if (controller.signal.aborted) return;
          setState((s) => ({ ...s, loading: false, failed: true }));
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [view, layerKey, barangay, outage, retry]);

  return layerKey === "" ? { data: null, loading: false, failed: false } : state;
}
