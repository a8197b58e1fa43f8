import { mapSearch } from "@/db/queries/map";
import { mapSearchQuery } from "@/lib/map/view";
import { mapRoute } from "../map-route";

/** GET /network/map/search?q=: account numbers and NAP/LCP codes to fly to. */
export function GET(request: Request) {
  return mapRoute(request, mapSearchQuery, (tx, { q }) => mapSearch(tx, q));
}
