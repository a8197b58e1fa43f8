import { freePortsQuery } from "@/lib/map/view";
import { findFreePorts } from "@/lib/plant/free-ports";
import { mapRoute } from "../map-route";

/** GET /network/map/free-ports?lat=&lng=: the nearest NAPs with a free port (the free-port finder). */
export function GET(request: Request) {
  return mapRoute(request, freePortsQuery, (tx, point) => findFreePorts(tx, point));
}
