"use client";

import { Layers, LocateFixed, MapPinned } from "lucide-react";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { MAP_LAYERS, type FreePortCandidate, type MapData, type MapSearchHit } from "@/lib/map/contract";
import type { TileConfig } from "@/lib/map/tiles";
import { cn } from "@/lib/utils";
import { FreePortPanel } from "./free-port-panel";
import { LayerFilters, type LayerSwitches } from "./layer-filters";
import { fetchFreePorts, fetchPointCard, type PointKind } from "./map-api";
import { MapCanvasLoader } from "./map-canvas-loader";
import { MapLegend } from "./map-legend";
import type { Flight } from "./map-canvas";
import type { LatLng } from "./map-overlays";
import { PointCard } from "./point-card";
import { SearchBox } from "./search-box";
import { summarise } from "./summarise";
import { useLocate, type Located } from "./use-locate";
import { useMapData, type MapView } from "./use-map-data";
import { useRemote } from "./use-remote";

export type NetworkMapProps = {
  initialView: { lat: number; lng: number; zoom: number };
  barangays: { id: string; label: string }[];
  tiles: TileConfig;
  /** ?outage=: the subscribers it cut off are ringed. */
  outage: string | null;
  /** ?line=: the subscription the free-port finder's "Choose" schedules. */
  line: string | null;
  /** ?find=1&lat&lng: open the finder at this point. */
  findAt: LatLng | null;
  /** Declare outages, schedule installations. */
  canManage: boolean;
};

type Selected = { kind: PointKind; id: string; lat: number; lng: number };
/** The finder is open (a map click sets its point) or null. */
type Finder = { title: string; point: LatLng | null; line: string | null } | null;

const FINDER_TITLE = "Free-port finder";
const ALL_LAYERS: LayerSwitches = { lcps: true, naps: true, subscribers: true };

/**
 * Network > Map: the plant and the subscribers over the map tiles, with the
 * controls around it (layers, barangay, search, the free-port finder, "Locate
 * me") and the panels it opens (a point's card, the finder's answer).
 */
export function NetworkMap({ initialView, barangays, tiles, outage, line, findAt, canManage }: NetworkMapProps) {
  const [flight, setFlight] = useState<Flight | null>(null);
  const [view, setView] = useState<MapView | null>(null);
  const [layers, setLayers] = useState<LayerSwitches>(ALL_LAYERS);
  const [barangay, setBarangay] = useState("");
  const [retry, setRetry] = useState(0);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [finder, setFinder] = useState<Finder>(findAt ? { title: FINDER_TITLE, point: findAt, line } : null);
  const [me, setMe] = useState<Located | null>(null);

  const enabled = MAP_LAYERS.filter((l) => layers[l]);
  const plant = useMapData(view, enabled, barangay || null, outage, retry);
  // A layer switched off leaves the map at once, before the next answer arrives.
  const shown = useMemo<MapData | null>(
    () => plant.data && { ...plant.data, lcps: layers.lcps ? plant.data.lcps : null, naps: layers.naps ? plant.data.naps : null, subscribers: layers.subscribers ? plant.data.subscribers : null },
    [plant.data, layers],
  );

  const card = useRemote(selected ? `${selected.kind}:${selected.id}` : null, (signal) => fetchPointCard(selected!.kind, selected!.id, signal));
  const point = finder?.point ?? null;
  const freePorts = useRemote(point ? `${point.lat},${point.lng},${finder?.line ?? ""}` : null, (signal) => fetchFreePorts(point!, finder?.line ?? null, signal));

  const { locate, busy: locating, error: locateError } = useLocate((where) => {
    setMe(where);
    setFinder({ title: "NAPs around me", point: { lat: where.lat, lng: where.lng }, line });
    setFlight({ lat: where.lat, lng: where.lng, minZoom: 17 });
  });

  // The view in the address, so a reload or a link shared from here opens the same place.
  useEffect(() => {
    if (!view) return;
    const url = new URL(window.location.href);
    url.searchParams.set("lat", view.center.lat.toFixed(5));
    url.searchParams.set("lng", view.center.lng.toFixed(5));
    url.searchParams.set("zoom", String(view.zoom));
    url.searchParams.delete("find");
    window.history.replaceState(null, "", `${url.pathname}${url.search}`);
  }, [view]);

  const onPointClick = useCallback((kind: PointKind, id: string, lat: number, lng: number) => setSelected({ kind, id, lat, lng }), []);
  const onMapClick = useCallback((lat: number, lng: number) => setFinder((f) => (f ? { ...f, point: { lat, lng } } : f)), []);
  const onTilesFailed = useCallback(() => setTilesFailed(true), []);

  function chooseHit(hit: MapSearchHit) {
    setSelected({ kind: hit.kind, id: hit.id, lat: hit.lat, lng: hit.lng });
    setFlight({ lat: hit.lat, lng: hit.lng, zoom: 18 });
  }

  function showCandidate(c: FreePortCandidate) {
    setSelected({ kind: "nap", id: c.napId, lat: c.lat, lng: c.lng });
    setFlight({ lat: c.lat, lng: c.lng, minZoom: 17 });
  }

  function findFreePortFor(at: LatLng, forLine: string) {
    setFinder({ title: FINDER_TITLE, point: at, line: forLine });
  }

  const summary = shown ? summarise(shown) : "";
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
        <div className="flex w-full items-end gap-2 sm:w-auto">
          <SearchBox onChoose={chooseHit} />
          <Button type="button" variant="outline" className="sm:hidden" aria-expanded={filtersOpen} aria-controls="map-filters" onClick={() => setFiltersOpen((o) => !o)}>
            <Layers /> Layers
          </Button>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="outline" onClick={locate} disabled={locating}>
            <LocateFixed /> {locating ? "Locating…" : "Locate me"}
          </Button>
          <Button type="button" variant={finder ? "default" : "outline"} aria-pressed={finder !== null} onClick={() => setFinder((f) => (f ? null : { title: FINDER_TITLE, point: null, line }))}>
            <MapPinned /> Find free port
          </Button>
        </div>
        {/* On a phone the filters fold away behind "Layers", so the map starts higher up. */}
        <div id="map-filters" className={cn(filtersOpen ? "flex" : "hidden", "w-full sm:flex sm:w-auto")}>
          <LayerFilters layers={layers} onLayersChange={setLayers} barangays={barangays} barangay={barangay} onBarangayChange={setBarangay} />
        </div>
      </div>

      <div className="flex min-h-5 flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <p className="text-muted-foreground">
          {enabled.length === 0 ? "Turn on a layer to see the plant." : plant.loading && !shown ? "Loading the plant…" : summary}
        </p>
        {plant.failed ? (
          <p role="alert" className="flex items-center gap-2 text-destructive">
            The plant could not be loaded for this view.
            <Button type="button" variant="outline" size="sm" onClick={() => setRetry((n) => n + 1)}>
              Try again
            </Button>
          </p>
        ) : null}
        {outage ? (
          <p>
            Subscribers cut off by the outage are ringed.{" "}
            <Link href={`/network/outages/${outage}`} className="underline underline-offset-2">
              Back to the outage
            </Link>
          </p>
        ) : null}
        {tilesFailed ? <p role="status">Map tiles unavailable — showing the plant on a plain background</p> : null}
        {locateError ? (
          <p role="alert" className="text-destructive">
            {locateError}
          </p>
        ) : null}
        {finder && !finder.point ? <p role="status">Click the map where the premises are.</p> : null}
      </div>

      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div
          role="region"
          aria-label="Network map"
          // isolate: Leaflet's panes stack up to z-index 1000; they stay under the app's sticky header and menus.
          className="relative isolate -mx-4 h-[60vh] min-h-80 overflow-hidden border-y [--map-bg:#ebe7de] sm:mx-0 sm:rounded-lg sm:border lg:h-[72vh] dark:[--map-bg:#1e293b]"
        >
          <MapCanvasLoader
            initialView={initialView}
            tiles={tiles}
            tilesFailed={tilesFailed}
            data={shown}
            finderMode={finder !== null}
            selected={selected}
            finderPoint={point}
            candidates={point ? freePorts.data : null}
            me={me}
            flight={flight}
            onViewChange={setView}
            onPointClick={onPointClick}
            onMapClick={onMapClick}
            onTilesFailed={onTilesFailed}
          />
        </div>
        <div className="flex flex-col gap-4">
          {selected ? <PointCard card={card} canManage={canManage} onClose={() => setSelected(null)} onFindFreePort={findFreePortFor} /> : null}
          {finder ? (
            <FreePortPanel title={finder.title} point={finder.point} result={freePorts} line={finder.line} canManage={canManage} onShow={showCandidate} onClose={() => setFinder(null)} />
          ) : null}
          <MapLegend outage={outage !== null} />
        </div>
      </div>
    </div>
  );
}
