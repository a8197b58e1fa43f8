import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";

/** About 100 m either way in degrees near the equator: the reach of a drop cable from its box. */
const DROP_REACH_DEG = 0.0009;

/**
 * Puts a bulk tenant's customers on the map, set-based, so the map and the
 * free-port finder have a city to draw: a customer whose line is on a port
 * lives within about 100 m of that port's NAP; any other customer near a NAP
 * of their barangay picked by a hash. One line in four also gets premises
 * GPS a few metres from the home, as a technician records it at the door, so
 * both ways the map places a line are in the data. Offsets come from hashes
 * of the account number. A top-up places the new customers, and moves an old
 * one only when their line has just been put on a box out of reach (a
 * barangay whose ports had run out gets new boxes).
 */
export async function placeBulkCustomers(tx: Tx): Promise<{ placed: number; premises: number }> {
  // Micro-degrees, one short of the reach: a home is never on its edge, where float8 rounding could put it past.
  const reach = Math.round(DROP_REACH_DEG * 1e6) - 1;
  const offset = (hash: ReturnType<typeof sql>) => sql`((${hash} % ${2 * reach + 1}) - ${reach}) / 1000000.0`;
  const onPort = rowsOf(
    await tx.execute(sql`
      with homes as (
        select distinct on (s.customer_id) s.customer_id, n.latitude, n.longitude, (hashtext(c.account_no)::bigint + 2147483648) as h
        from nap_ports p join subscriptions s on s.id = p.subscription_id join customers c on c.id = s.customer_id join naps n on n.id = p.nap_id
        where p.state = 'in_use' and n.latitude is not null
        order by s.customer_id, p.nap_id)
      update customers c
      set latitude = round((h.latitude + ${offset(sql`h.h`)})::numeric, 6),
          longitude = round((h.longitude + ${offset(sql`(h.h / ${2 * reach + 1})`)})::numeric, 6)
      from homes h
      where c.id = h.customer_id
        and (c.latitude is null or abs(c.latitude - h.latitude) > ${DROP_REACH_DEG} or abs(c.longitude - h.longitude) > ${DROP_REACH_DEG})
      returning 1`),
  ).length;
  const elsewhere = rowsOf(
    await tx.execute(sql`
      with boxes as (
        select n.barangay_id, n.latitude, n.longitude,
          row_number() over (partition by n.barangay_id order by n.code) - 1 as k, count(*) over (partition by n.barangay_id) as boxes
        from naps n where n.latitude is not null),
      loose as (select c.id, c.barangay_id, (hashtext(c.account_no)::bigint + 2147483648) as h from customers c where c.latitude is null)
      update customers c
      set latitude = round((b.latitude + ${offset(sql`l.h`)})::numeric, 6),
          longitude = round((b.longitude + ${offset(sql`(l.h / ${2 * reach + 1})`)})::numeric, 6)
      from loose l join boxes b on b.barangay_id = l.barangay_id and b.k = l.h % b.boxes
      where c.id = l.id
      returning 1`),
  ).length;
  const premises = rowsOf(
    await tx.execute(sql`
      update subscriptions s
      set premises_latitude = round((c.latitude + ((hashtext(c.account_no || ':premises')::bigint + 2147483648) % 61 - 30) / 1000000.0)::numeric, 6),
          premises_longitude = round((c.longitude + ((hashtext(reverse(c.account_no) || ':premises')::bigint + 2147483648) % 61 - 30) / 1000000.0)::numeric, 6)
      from customers c
      where c.id = s.customer_id and c.latitude is not null and s.premises_latitude is null
        and (hashtext(c.account_no || ':premises')::bigint + 2147483648) % 4 = 0
        and exists (select 1 from nap_ports p where p.subscription_id = s.id and p.state = 'in_use')
      returning 1`),
  ).length;
  return { placed: onPort + elsewhere, premises };
}
