import { loadMapView, mapViewQuery } from "@/lib/map/view";
import { tenantDate } from "@/lib/time/format";
import { mapRoute } from "../map-route";

/** GET /network/map/data: the layers in view (lib/map/contract.ts, MapData). */
export function GET(request: Request) {
  return mapRoute(request, mapViewQuery, (tx, q, tenant) => loadMapView(tx, q, tenantDate(new Date(), tenant.timeZone)));
}
