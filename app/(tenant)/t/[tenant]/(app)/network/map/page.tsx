import type { Metadata } from "next";
import { NetworkMap } from "@/components/network-map/network-map";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { mapPageData } from "@/db/queries/map";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { MAX_ZOOM } from "@/lib/map/contract";
import { tileConfig } from "@/lib/map/tiles";
import { hasPermission } from "@/lib/permissions/check";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Map" };

/** Before a tenant has plant or located customers: the whole of the Philippines. */
const COUNTRY_VIEW = { lat: 12.3, lng: 122.6, zoom: 6 };
/** Around the plant's middle: a city, with the NAPs grouped. */
const HOME_ZOOM = 14;
/** A point to find free ports from: street level, where the NAPs are points. */
const FIND_ZOOM = 17;

function numberIn(value: string | string[] | undefined, min: number, max: number): number | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

const uuidOrNull = (value: string | string[] | undefined) => (typeof value === "string" && isUuid(value) ? value : null);

export default async function NetworkMapPage({ searchParams }: PageProps<"/t/[tenant]/network/map">) {
  const { tenant, user } = await requirePermission("network.view");
  const params = await searchParams;
  const { home, barangays } = await withTenant(tenant.id, (tx) => mapPageData(tx));

  const lat = numberIn(params.lat, -90, 90);
  const lng = numberIn(params.lng, -180, 180);
  const zoom = numberIn(params.zoom, 3, MAX_ZOOM);
  const at = lat !== null && lng !== null ? { lat, lng } : null;
  const find = params.find === "1" && at !== null;
  const initialView = at
    ? { ...at, zoom: Math.round(zoom ?? (find ? FIND_ZOOM : HOME_ZOOM)) }
    : home
      ? { ...home, zoom: Math.round(zoom ?? HOME_ZOOM) }
      : COUNTRY_VIEW;

  return (
    <>
      <NetworkTabs current="/network/map" />
      <PageHeader title="Network map" description="Cabinets, NAP boxes and subscribers where they are. Click a point for its card, or find the free ports nearest a place." />
      <NetworkMap
        initialView={initialView}
        barangays={barangays}
        tiles={tileConfig()}
        outage={uuidOrNull(params.outage)}
        line={uuidOrNull(params.line)}
        findAt={find ? at : null}
        canManage={hasPermission(user, "network.manage")}
      />
    </>
  );
}
