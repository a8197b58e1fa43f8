import { mapPointCard } from "@/db/queries/map";
import { mapPointQuery } from "@/lib/map/view";
import { tenantDate } from "@/lib/time/format";
import { mapRoute } from "../map-route";

/** GET /network/map/point?kind=&id=: the card of a NAP, LCP or line; another tenant's id is not found. */
export function GET(request: Request) {
  return mapRoute(request, mapPointQuery, (tx, { kind, id }, tenant) => mapPointCard(tx, kind, id, tenantDate(new Date(), tenant.timeZone)));
}
