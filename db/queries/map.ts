import { sql, type SQL } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import type { Bbox, Cluster, LcpPoint, MapPointCard, MapSearchHit, NapPoint, NapState, SubscriberPoint, SubscriberState } from "@/lib/map/contract";

// The map reads the plant and the lines inside a bounding box. Every query
// filters on (latitude, longitude) ranges that the (tenant_id, latitude,
// longitude) indexes answer, row-level security adding the tenant.

type Filters = { bbox: Bbox; barangayId: string | null };

const inBox = (lat: SQL, lng: SQL, b: Bbox) => sql`${lat} between ${b.south} and ${b.north} and ${lng} between ${b.west} and ${b.east}`;

/** Grid cell edge in degrees for a zoom: about 64 px of a 256 px tile. */
export function cellDegrees(zoom: number): number {
  return 360 / 2 ** zoom / 4;
}

function clusterRows(rows: { lat: number | string; lng: number | string; n: number }[]): Cluster[] {
  return rows.map((r) => [round6(Number(r.lat)), round6(Number(r.lng)), Number(r.n)]);
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** Clusters a set of points (a subquery yielding lat, lng) on the zoom's grid, set-based in SQL. */
async function clusters(tx: Tx, points: SQL, zoom: number): Promise<Cluster[]> {
  const cell = cellDegrees(zoom);
  const rows = rowsOf<{ lat: string; lng: string; n: number }>(
    await tx.execute(sql`
      select avg(lat)::float8 as lat, avg(lng)::float8 as lng, count(*)::int as n
      from (${points}) pts
      group by floor(lat / ${cell}), floor(lng / ${cell})`),
  );
  return clusterRows(rows);
}

const lcpPoints = (f: Filters) => sql`
  select l.id, l.latitude as lat, l.longitude as lng, l.code from lcps l
  where ${inBox(sql`l.latitude`, sql`l.longitude`, f.bbox)}
    ${f.barangayId ? sql`and l.barangay_id = ${f.barangayId}` : sql``}`;

export async function lcpLayer(tx: Tx, f: Filters, zoom: number, asPoints: boolean): Promise<{ points: LcpPoint[] } | { clusters: Cluster[] }> {
  if (!asPoints) return { clusters: await clusters(tx, lcpPoints(f), zoom) };
  const rows = rowsOf<{ id: string; lat: string; lng: string; code: string }>(await tx.execute(lcpPoints(f)));
  return { points: rows.map((r) => [r.id, Number(r.lat), Number(r.lng), r.code]) };
}

const napPoints = (f: Filters) => sql`
  select n.id, n.latitude as lat, n.longitude as lng, n.code, n.lcp_id, n.splitter_ratio from naps n
  where ${inBox(sql`n.latitude`, sql`n.longitude`, f.bbox)}
    ${f.barangayId ? sql`and n.barangay_id = ${f.barangayId}` : sql``}`;

export function napState(free: number, faulty: number): NapState {
  if (faulty > 0) return "faulty";
  if (free === 0) return "full";
  return free <= 2 ? "few" : "free";
}

export async function napLayer(tx: Tx, f: Filters, zoom: number, asPoints: boolean): Promise<{ points: NapPoint[] } | { clusters: Cluster[] }> {
  if (!asPoints) return { clusters: await clusters(tx, napPoints(f), zoom) };
  const rows = rowsOf<{ id: string; lat: string; lng: string; code: string; ports: number; free: number; faulty: number; lcp_lat: string | null; lcp_lng: string | null }>(
    await tx.execute(sql`
      select n.id, n.lat, n.lng, n.code, n.splitter_ratio as ports, c.free, c.faulty, l.latitude as lcp_lat, l.longitude as lcp_lng
      from (${napPoints(f)}) n
      cross join lateral (
        select count(*) filter (where p.state = 'free')::int as free, count(*) filter (where p.state = 'faulty')::int as faulty
        from nap_ports p where p.nap_id = n.id) c
      left join lcps l on l.id = n.lcp_id`),
  );
  return {
    points: rows.map((r) => [r.id, Number(r.lat), Number(r.lng), r.code, r.free, r.ports, napState(r.free, r.faulty), r.lcp_lat === null ? null : Number(r.lcp_lat), r.lcp_lng === null ? null : Number(r.lcp_lng)]),
  };
}

/**
 * A line is drawn at its premises GPS, or at its customer's when it has none:
 * two index ranges joined by union all, not a coalesce no index can answer.
 */
const subscriberPoints = (f: Filters, extra: SQL = sql``) => sql`
  select s.id, s.customer_id, s.status, s.premises_latitude as lat, s.premises_longitude as lng ${extra}
  from subscriptions s ${f.barangayId ? sql`join customers c on c.id = s.customer_id and c.barangay_id = ${f.barangayId}` : sql``}
  where s.status <> 'cancelled' and ${inBox(sql`s.premises_latitude`, sql`s.premises_longitude`, f.bbox)}
  union all
  select s.id, s.customer_id, s.status, c.latitude as lat, c.longitude as lng ${extra}
  from customers c join subscriptions s on s.customer_id = c.id and s.premises_latitude is null
  where s.status <> 'cancelled' and ${inBox(sql`c.latitude`, sql`c.longitude`, f.bbox)}
    ${f.barangayId ? sql`and c.barangay_id = ${f.barangayId}` : sql``}`;

export async function subscriberLayer(
  tx: Tx,
  f: Filters,
  zoom: number,
  asPoints: boolean,
  opts: { today: string; outageId: string | null },
): Promise<{ points: SubscriberPoint[] } | { clusters: Cluster[] }> {
  if (!asPoints) return { clusters: await clusters(tx, subscriberPoints(f), zoom) };
  const rows = rowsOf<{ id: string; lat: string; lng: string; state: SubscriberState; nap_lat: string | null; nap_lng: string | null; in_outage: boolean }>(
    await tx.execute(sql`
      select s.id, s.lat, s.lng,
        case
          when s.status = 'pending' then 'waiting'
          when s.status = 'suspended' then 'suspended'
          when exists (select 1 from invoices i where i.customer_id = s.customer_id and i.status in ('open', 'partially_paid') and i.due_date < ${opts.today}::date) then 'overdue'
          else 'paid'
        end as state,
        n.latitude as nap_lat, n.longitude as nap_lng,
        ${opts.outageId ? sql`exists (select 1 from outage_subscriptions o where o.outage_id = ${opts.outageId} and o.subscription_id = s.id)` : sql`false`} as in_outage
      from (${subscriberPoints(f)}) s
      left join nap_ports p on p.subscription_id = s.id and p.state = 'in_use'
      left join naps n on n.id = p.nap_id`),
  );
  return {
    points: rows.map((r) => [r.id, Number(r.lat), Number(r.lng), r.state, r.nap_lat === null ? null : Number(r.nap_lat), r.nap_lng === null ? null : Number(r.nap_lng), r.in_outage ? 1 : 0]),
  };
}

/** Where the map opens: the middle of the tenant's NAPs (or its customers' homes before it has plant). */
export async function mapPageData(tx: Tx): Promise<{ home: { lat: number; lng: number } | null; barangays: { id: string; label: string }[] }> {
  const [home] = rowsOf<{ lat: string | null; lng: string | null }>(
    await tx.execute(sql`
      select coalesce((select avg(latitude) from naps), (select avg(latitude) from customers)) as lat,
             coalesce((select avg(longitude) from naps), (select avg(longitude) from customers)) as lng`),
  );
  const barangays = rowsOf<{ id: string; label: string }>(
    await tx.execute(sql`select id, name || ', ' || city as label from barangays order by name, city`),
  );
  return { home: home?.lat == null || home.lng == null ? null : { lat: Number(home.lat), lng: Number(home.lng) }, barangays };
}

/** Account numbers, NAP and LCP codes that start with the text, with a place on the map. */
export async function mapSearch(tx: Tx, q: string, limit = 8): Promise<MapSearchHit[]> {
  const prefix = `${q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = rowsOf<{ kind: MapSearchHit["kind"]; id: string; label: string; detail: string; lat: string; lng: string }>(
    await tx.execute(sql`
      (select 'nap' as kind, n.id, n.code as label, coalesce(nullif(n.name, ''), 'NAP') as detail, n.latitude as lat, n.longitude as lng
        from naps n where lower(n.code) like ${prefix} and n.latitude is not null order by lower(n.code) limit ${limit})
      union all
      (select 'lcp', l.id, l.code, coalesce(nullif(l.name, ''), 'LCP'), l.latitude, l.longitude
        from lcps l where lower(l.code) like ${prefix} and l.latitude is not null order by lower(l.code) limit ${limit})
      union all
      (select 'subscriber', s.id, c.account_no, c.first_name || ' ' || c.last_name,
          coalesce(s.premises_latitude, c.latitude), coalesce(s.premises_longitude, c.longitude)
        from customers c join subscriptions s on s.customer_id = c.id and s.status <> 'cancelled'
        where lower(c.account_no) like ${prefix} and coalesce(s.premises_latitude, c.latitude) is not null
        order by c.account_no limit ${limit})`),
  );
  return rows.slice(0, limit).map((r) => ({ ...r, lat: Number(r.lat), lng: Number(r.lng) }));
}

/** The card a click on the map opens; null when the id is not the tenant's. */
export async function mapPointCard(tx: Tx, kind: MapPointCard["kind"], id: string, today: string): Promise<MapPointCard | null> {
  if (kind === "nap") {
    const [r] = rowsOf<{ id: string; code: string; name: string; lat: string; lng: string; ports: number; free: number; faulty: number; lcp_code: string | null; barangay: string | null; outage_id: string | null; outage_number: string | null }>(
      await tx.execute(sql`
        select n.id, n.code, n.name, n.latitude as lat, n.longitude as lng, n.splitter_ratio as ports,
          (select count(*)::int from nap_ports p where p.nap_id = n.id and p.state = 'free') as free,
          (select count(*)::int from nap_ports p where p.nap_id = n.id and p.state = 'faulty') as faulty,
          l.code as lcp_code, b.name as barangay, o.id as outage_id, o.number as outage_number
        from naps n
        left join lcps l on l.id = n.lcp_id
        left join barangays b on b.id = n.barangay_id
        left join lateral (select o.id, o.number from outage_naps x join outages o on o.id = x.outage_id and o.resolved_at is null
          where x.nap_id = n.id order by o.started_at desc limit 1) o on true
        where n.id = ${id} and n.latitude is not null`),
    );
    if (!r) return null;
    return {
      kind, id: r.id, code: r.code, name: r.name, lat: Number(r.lat), lng: Number(r.lng), free: r.free, ports: r.ports, faulty: r.faulty, lcpCode: r.lcp_code, barangay: r.barangay,
      openOutage: r.outage_id ? { id: r.outage_id, number: r.outage_number! } : null,
    };
  }
  if (kind === "lcp") {
    const [r] = rowsOf<{ id: string; code: string; name: string; lat: string; lng: string; naps: number; barangay: string | null }>(
      await tx.execute(sql`
        select l.id, l.code, l.name, l.latitude as lat, l.longitude as lng, (select count(*)::int from naps n where n.lcp_id = l.id) as naps, b.name as barangay
        from lcps l left join barangays b on b.id = l.barangay_id
        where l.id = ${id} and l.latitude is not null`),
    );
    return r ? { kind, id: r.id, code: r.code, name: r.name, lat: Number(r.lat), lng: Number(r.lng), naps: r.naps, barangay: r.barangay } : null;
  }
  const [r] = rowsOf<{ id: string; customer_id: string; name: string; account_no: string; plan: string; status: string; overdue: boolean; balance: string | null; nap_code: string | null; port_number: number | null; lat: string; lng: string }>(
    await tx.execute(sql`
      select s.id, s.customer_id, c.first_name || ' ' || c.last_name as name, c.account_no, pl.name as plan, s.status,
        exists (select 1 from invoices i where i.customer_id = s.customer_id and i.status in ('open', 'partially_paid') and i.due_date < ${today}::date) as overdue,
        cb.balance, n.code as nap_code, p.port_number,
        coalesce(s.premises_latitude, c.latitude) as lat, coalesce(s.premises_longitude, c.longitude) as lng
      from subscriptions s
      join customers c on c.id = s.customer_id
      join plans pl on pl.id = s.plan_id
      left join customer_balances cb on cb.customer_id = c.id
      left join nap_ports p on p.subscription_id = s.id and p.state = 'in_use'
      left join naps n on n.id = p.nap_id
      where s.id = ${id} and coalesce(s.premises_latitude, c.latitude) is not null`),
  );
  if (!r) return null;
  const state: SubscriberState = r.status === "pending" ? "waiting" : r.status === "suspended" ? "suspended" : r.overdue ? "overdue" : "paid";
  return {
    kind: "subscriber", id: r.id, customerId: r.customer_id, name: r.name, accountNo: r.account_no, plan: r.plan, status: r.status, state,
    balance: Number(r.balance ?? 0), napCode: r.nap_code, portNumber: r.port_number, lat: Number(r.lat), lng: Number(r.lng),
  };
}
