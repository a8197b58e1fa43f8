import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";

export type NearbyNap = {
  napId: string;
  code: string;
  name: string;
  lat: number;
  lng: number;
  distanceM: number;
  freePorts: number;
  firstFreePortId: string;
  firstFreePortNumber: number;
  napRatio: number;
  distanceFromLcpM: number;
  /** Null when the NAP's chain to a PON port is not recorded. */
  lcpRatio: number | null;
  feederLengthM: number | null;
  txPowerDbm: number | null;
};

const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE_LAT = 111_320;

/**
 * The NAPs with a free port within `radiusM` of a point, nearest first. A
 * bounding box the (tenant_id, latitude, longitude) index answers comes
 * first; the great-circle (haversine) distance orders what it lets through.
 * Plain SQL functions, so PGlite and PostgreSQL agree.
 */
export async function nearbyNapsWithFreePorts(tx: Tx, point: { lat: number; lng: number }, radiusM: number, limit: number): Promise<NearbyNap[]> {
  const dLat = radiusM / METRES_PER_DEGREE_LAT;
  const dLng = radiusM / (METRES_PER_DEGREE_LAT * Math.max(Math.cos((point.lat * Math.PI) / 180), 0.01));
  const rows = rowsOf<{
    nap_id: string; code: string; name: string; lat: string; lng: string; distance_m: number; free_ports: number; first_port_id: string; first_port_number: number;
    nap_ratio: number; distance_from_lcp_m: number; lcp_ratio: number | null; feeder_length_m: number | null; tx_power_dbm: number | null;
  }>(
    await tx.execute(sql`
      select * from (
        select n.id as nap_id, n.code, n.name, n.latitude as lat, n.longitude as lng,
          ${2 * EARTH_RADIUS_M} * asin(least(1, sqrt(
            power(sin(radians(n.latitude::float8 - ${point.lat}) / 2), 2)
            + cos(radians(${point.lat}::float8)) * cos(radians(n.latitude::float8)) * power(sin(radians(n.longitude::float8 - ${point.lng}) / 2), 2)
          ))) as distance_m,
          f.free_ports, f.first_port_id, f.first_port_number,
          n.splitter_ratio as nap_ratio, n.distance_from_lcp_m,
          case when pp.id is null then null else l.splitter_ratio end as lcp_ratio,
          case when pp.id is null then null else l.feeder_length_m end as feeder_length_m,
          pp.tx_power_dbm
        from naps n
        cross join lateral (
          select count(*)::int as free_ports,
            (array_agg(p.id order by p.port_number))[1] as first_port_id,
            min(p.port_number) as first_port_number
          from nap_ports p where p.nap_id = n.id and p.state = 'free') f
        left join lcps l on l.id = n.lcp_id
        left join pon_ports pp on pp.id = l.pon_port_id
        where n.latitude between ${point.lat - dLat} and ${point.lat + dLat}
          and n.longitude between ${point.lng - dLng} and ${point.lng + dLng}
          and f.free_ports > 0
      ) near
      where distance_m <= ${radiusM}
      order by distance_m, lower(code)
      limit ${limit}`),
  );
  return rows.map((r) => ({
    napId: r.nap_id, code: r.code, name: r.name, lat: Number(r.lat), lng: Number(r.lng), distanceM: Number(r.distance_m),
    freePorts: r.free_ports, firstFreePortId: r.first_port_id, firstFreePortNumber: r.first_port_number, napRatio: r.nap_ratio,
    distanceFromLcpM: r.distance_from_lcp_m, lcpRatio: r.lcp_ratio, feederLengthM: r.feeder_length_m, txPowerDbm: r.tx_power_dbm === null ? null : Number(r.tx_power_dbm),
  }));
}
