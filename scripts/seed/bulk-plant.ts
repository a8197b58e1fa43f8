import { sql } from "drizzle-orm";
import type { Connection } from "@/db/connect";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { recordAudit } from "@/lib/audit/record";
import { placeBulkCustomers } from "./bulk-locations";

/** Subscribers per NAP box, and boxes per cabinet, as a city ISP builds out. */
const SUBSCRIBERS_PER_NAP = 16;
const NAPS_PER_LCP = 8;
const LCPS_PER_PON = 2;
const PONS_PER_OLT = 16;

export type BulkPlantResult = { olts: number; lcps: number; naps: number; ports: number; connected: number; placed: number; premises: number; seconds: number };

/**
 * A plant in proportion to a bench tenant's customers, set-based: each
 * barangay gets one NAP per 16 of its customers (those it lacks), numbered on
 * from the NAPs already there; every 8 NAPs hang on one LCP, every 2 LCPs on a
 * PON port, 16 ports to an OLT. Mostly 1:16 boxes, some 1:8. Then the active
 * and suspended lines without a port take free ports of their own barangay,
 * spread over its boxes, until its ports run out (so most, not all, are
 * connected). Positions come from hashes, inside Cagayan de Oro; the
 * customers then live near their boxes (bulk-locations.ts). Re-running
 * after more customers were added tops the plant up the same way. Two
 * transactions, analyzed between: the boxes and their ports, then the lines
 * put on them (without fresh statistics the planner takes the new ports for a
 * row or two and matches the lines to them badly).
 */
export async function seedBulkPlant(conn: Connection, tenantId: string, ownerId: string): Promise<BulkPlantResult> {
  const started = performance.now();
  const built = await withTenantOn(conn.app, tenantId, async (tx) => {
    const count = async (query: ReturnType<typeof sql>) => rowsOf<{ n: number }>(await tx.execute(query))[0]!.n;
    const napsBefore = await count(sql`select count(*)::int as n from naps`);
    const lcpsBefore = await count(sql`select count(*)::int as n from lcps`);
    const oltsBefore = await count(sql`select count(*)::int as n from olts`);
    const portsBefore = await count(sql`select count(*)::int as n from nap_ports`);
    // The boxes each barangay lacks, numbered on from the last NAP.
    await tx.execute(sql`
      with want as (
        select c.barangay_id, ceil(count(*)::numeric / ${SUBSCRIBERS_PER_NAP})::int - coalesce((select count(*)::int from naps n where n.barangay_id = c.barangay_id), 0) as missing
        from customers c group by c.barangay_id
      ),
      numbered as (
        select w.barangay_id, ${napsBefore}::int + row_number() over (order by w.barangay_id, k) as g
        from want w cross join lateral generate_series(1, greatest(w.missing, 0)) as k
      ),
      placed as (
        select n.*, (hashint4(n.g::int)::bigint + 2147483648) as h,
          -- A barangay's centre from its id, inside the city; its boxes within a kilometre or so of it.
          8.42 + ((hashtext(n.barangay_id::text)::bigint + 2147483648) % 9000) / 100000.0 as lat0,
          124.58 + ((hashtext(reverse(n.barangay_id::text))::bigint + 2147483648) % 15000) / 100000.0 as lng0
        from numbered n
      )
      insert into naps (tenant_id, code, name, barangay_id, latitude, longitude, pole_number, splitter_ratio, distance_from_lcp_m)
      select ${tenantId}::uuid, 'NAP-' || lpad(g::text, 5, '0'), '', barangay_id,
        round((lat0 + (h % 2000) / 100000.0 - 0.01)::numeric, 6), round((lng0 + ((h / 2000) % 2000) / 100000.0 - 0.01)::numeric, 6),
        'P-' || (100 + h % 900), case when h % 100 < 85 then 16 else 8 end, 80 + (g % ${NAPS_PER_LCP}) * 110
      from placed`);
    // Cabinets, PON ports and OLTs for the new boxes, each level in one statement.
    await tx.execute(sql`
      insert into olts (tenant_id, name, vendor, model, site, latitude, longitude)
      select ${tenantId}::uuid, 'Bench OLT ' || lpad(o::text, 2, '0'), 'ZTE', 'C320', 'Hub ' || o, 8.47 + o * 0.001, 124.64 + o * 0.001
      from generate_series(1, ceil((select count(*) from naps)::numeric / ${NAPS_PER_LCP * LCPS_PER_PON * PONS_PER_OLT})::int) as o
      where not exists (select 1 from olts where name = 'Bench OLT ' || lpad(o::text, 2, '0'))`);
    await tx.execute(sql`
      insert into pon_ports (tenant_id, olt_id, label, tx_power_dbm)
      select ${tenantId}::uuid, o.id, '0/' || (1 + (p - 1) / 8) || '/' || (1 + (p - 1) % 8), 2.5 + (p % 4) * 0.5
      from olts o cross join generate_series(1, ${PONS_PER_OLT}) as p
      where o.name like 'Bench OLT %' and not exists (select 1 from pon_ports x where x.olt_id = o.id and x.label = '0/' || (1 + (p - 1) / 8) || '/' || (1 + (p - 1) % 8))`);
    await tx.execute(sql`
      with pons as (select p.id, row_number() over (order by o.name, p.label) as i from pon_ports p join olts o on o.id = p.olt_id where o.name like 'Bench OLT %'),
      needed as (
        select distinct ((substr(n.code, 5)::int - 1) / ${NAPS_PER_LCP}) + 1 as j from naps n where n.code ~ '^NAP-[0-9]{5}$' and n.lcp_id is null
      ),
      first_box as (
        select d.j, n.barangay_id, n.latitude as lat, n.longitude as lng
        from needed d join naps n on n.code = 'NAP-' || lpad(((d.j - 1) * ${NAPS_PER_LCP} + 1)::text, 5, '0')
      )
      insert into lcps (tenant_id, code, name, barangay_id, latitude, longitude, pon_port_id, splitter_ratio, feeder_length_m)
      select ${tenantId}::uuid, 'LCP-' || lpad(f.j::text, 4, '0'), '', f.barangay_id, f.lat, f.lng,
        (select id from pons where pons.i = (f.j - 1) / ${LCPS_PER_PON} + 1), ${NAPS_PER_LCP}, 1500 + (f.j * 37) % 6000
      from first_box f
      on conflict do nothing`);
    await tx.execute(sql`
      update naps n set lcp_id = l.id from lcps l
      where n.lcp_id is null and n.code ~ '^NAP-[0-9]{5}$' and l.code = 'LCP-' || lpad((((substr(n.code, 5)::int - 1) / ${NAPS_PER_LCP}) + 1)::text, 4, '0')`);
    await tx.execute(sql`
      insert into nap_ports (tenant_id, nap_id, nap_ratio, port_number)
      select ${tenantId}::uuid, n.id, n.splitter_ratio, k from naps n cross join lateral generate_series(1, n.splitter_ratio) as k
      where not exists (select 1 from nap_ports p where p.nap_id = n.id)`);
    const totals = rowsOf<{ olts: number; lcps: number; naps: number }>(
      await tx.execute(sql`select (select count(*)::int from olts) as olts, (select count(*)::int from lcps) as lcps, (select count(*)::int from naps) as naps`),
    )[0]!;
    const ports = (await count(sql`select count(*)::int as n from nap_ports`)) - portsBefore;
    return { olts: totals.olts - oltsBefore, lcps: totals.lcps - lcpsBefore, naps: totals.naps - napsBefore, ports };
  });
  // The planner must know the new ports before it matches 100,000 lines to them (it would guess a row or two).
  await conn.asOwner((owner) => owner.execute(sql`analyze naps, nap_ports`));
  const result = await withTenantOn(conn.app, tenantId, async (tx) => {
    // Lines onto free ports of their barangay: the k-th line takes the k-th port, ports ordered so boxes fill unevenly.
    const connected = rowsOf<{ id: string }>(
      await tx.execute(sql`
        with lines as (
          select s.id as subscription_id, c.barangay_id, row_number() over (partition by c.barangay_id order by s.id) as k
          from subscriptions s join customers c on c.id = s.customer_id
          where s.status in ('active', 'suspended')
            and not exists (select 1 from nap_ports p where p.subscription_id = s.id and p.state in ('in_use', 'reserved'))
        ),
        free as (
          select p.id, n.barangay_id, row_number() over (partition by n.barangay_id order by p.port_number + (hashtext(n.code) & 7), n.code, p.port_number) as k
          from nap_ports p join naps n on n.id = p.nap_id where p.state = 'free'
        )
        update nap_ports p set state = 'in_use', subscription_id = l.subscription_id, note = 'Bench seed', updated_at = now()
        from lines l join free f on f.barangay_id = l.barangay_id and f.k = l.k
        where p.id = f.id
        returning p.id`),
    ).length;
    const made = { ...built, connected, ...(await placeBulkCustomers(tx)) };
    await recordAudit(tx, { tenantId, userId: ownerId, ip: null, userAgent: "fiberbill-seed" }, { action: "plant.seed", entityType: "plant", after: made });
    return made;
  });
  await conn.asOwner((owner) => owner.execute(sql`vacuum (analyze) olts, pon_ports, lcps, naps, nap_ports, customers, subscriptions`));
  return { ...result, seconds: (performance.now() - started) / 1000 };
}
