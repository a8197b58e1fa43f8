import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import type { Bbox } from "@/lib/map/contract";

/** 150 m in degrees of latitude; a street-level box is twice that each way. */
const HALF_STREET_DEG = 150 / 111_320;

export type MapScene = {
  /** A box around everything the tenant has on the map. */
  city: Bbox;
  /** About 300 m around the NAP in the densest few blocks of the city. */
  street: Bbox & { napCode: string; homes: number };
  /** A point among the NAPs, about 60 m off that one: where a technician clicks. */
  point: { lat: number; lng: number };
};

const r6 = (n: number) => Math.round(n * 1e6) / 1e6;

const box = (lat: number, lng: number, halfLat: number): Bbox => {
  const halfLng = halfLat / Math.cos((lat * Math.PI) / 180);
  return { south: r6(lat - halfLat), north: r6(lat + halfLat), west: r6(lng - halfLng), east: r6(lng + halfLng) };
};

/**
 * The views the map benchmark asks for, read from the seeded tenant: the
 * whole city, and the street with the most homes (the 300 m grid cell with
 * the most customers, then its nearest NAP, which the box is centred on).
 */
export async function pickMapScene(tx: Tx): Promise<MapScene> {
  const [extent] = rowsOf<{ south: string; north: string; west: string; east: string }>(
    await tx.execute(sql`
      select min(lat) as south, max(lat) as north, min(lng) as west, max(lng) as east from (
        select latitude as lat, longitude as lng from naps where latitude is not null
        union all select latitude, longitude from lcps where latitude is not null
        union all select latitude, longitude from customers where latitude is not null
        union all select premises_latitude, premises_longitude from subscriptions where premises_latitude is not null) p`),
  );
  const cell = 2 * HALF_STREET_DEG;
  const [busy] = rowsOf<{ code: string; lat: string; lng: string }>(
    await tx.execute(sql`
      with cells as (select floor(latitude / ${cell}) as i, floor(longitude / ${cell}) as j from customers where latitude is not null),
      densest as (select (i + 0.5) * ${cell} as lat, (j + 0.5) * ${cell} as lng from cells group by i, j order by count(*) desc, i, j limit 1)
      select n.code, n.latitude as lat, n.longitude as lng from naps n, densest d
      where n.latitude is not null
      order by power(n.latitude - d.lat, 2) + power(n.longitude - d.lng, 2), n.code limit 1`),
  );
  if (!extent?.south || !busy) throw new Error("bench has nothing on the map: did the seed place its plant and customers?");
  const pad = 0.002;
  const city = { south: r6(Number(extent.south) - pad), north: r6(Number(extent.north) + pad), west: r6(Number(extent.west) - pad), east: r6(Number(extent.east) + pad) };
  const street = box(Number(busy.lat), Number(busy.lng), HALF_STREET_DEG);
  const [homes] = rowsOf<{ n: number }>(
    await tx.execute(sql`select count(*)::int as n from customers where latitude between ${street.south} and ${street.north} and longitude between ${street.west} and ${street.east}`),
  );
  return { city, street: { ...street, napCode: busy.code, homes: homes?.n ?? 0 }, point: { lat: r6(Number(busy.lat) + 0.0004), lng: r6(Number(busy.lng) + 0.0004) } };
}

export type BusyPonPort = { id: string; label: string; lcps: number; lines: number };

/**
 * The seed hangs 2 LCPs on a PON port (about 200 active lines). The issue's
 * outage case wants a port that serves about `lines` subscribers, so the
 * first LCPs by code, until their active lines reach that many, are moved
 * onto the first one's port, set-based (the benchmark's own arrangement; the
 * seed keeps a real split ratio).
 */
export async function arrangeBusyPonPort(tx: Tx, lines: number): Promise<BusyPonPort> {
  await tx.execute(sql`
    with per_lcp as (
      select l.id, l.code, l.pon_port_id,
        (select count(*) from naps n join nap_ports p on p.nap_id = n.id and p.state = 'in_use' join subscriptions s on s.id = p.subscription_id and s.status = 'active'
          where n.lcp_id = l.id) as lines
      from lcps l where l.pon_port_id is not null),
    running as (select id, pon_port_id, sum(lines) over (order by code) - lines as before, first_value(pon_port_id) over (order by code) as port from per_lcp)
    update lcps l set pon_port_id = r.port from running r
    where l.id = r.id and r.before < ${lines} and l.pon_port_id is distinct from r.port`);
  const [port] = rowsOf<BusyPonPort>(
    await tx.execute(sql`
      select pp.id, o.name || ' ' || pp.label as label, count(distinct l.id)::int as lcps, count(s.id)::int as lines
      from pon_ports pp join olts o on o.id = pp.olt_id join lcps l on l.pon_port_id = pp.id join naps n on n.lcp_id = l.id
      join nap_ports p on p.nap_id = n.id and p.state = 'in_use' join subscriptions s on s.id = p.subscription_id and s.status = 'active'
      group by pp.id, o.name, pp.label order by count(s.id) desc limit 1`),
  );
  if (!port) throw new Error("bench has no PON port with active lines");
  return port;
}
