import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import type { OutageTarget } from "./target";

/**
 * Writes down who an outage cuts off, set-based: the plant graph walked in
 * two statements (PON port -> LCPs -> NAPs, then the NAPs' ports in use ->
 * their active lines), never a loop per box or per subscriber.
 */
export async function recordAffected(tx: Tx, tenantId: string, outageId: string, target: OutageTarget): Promise<{ naps: number; subscriptions: number; customers: number }> {
  const napsOfTarget =
    target.kind === "nap"
      ? sql`select n.id, n.barangay_id from naps n where n.id = ${target.id}`
      : target.kind === "lcp"
        ? sql`select n.id, n.barangay_id from naps n where n.lcp_id = ${target.id}`
        : sql`select n.id, n.barangay_id from naps n join lcps l on l.id = n.lcp_id where l.pon_port_id = ${target.id}`;
  const naps = rowsOf(
    await tx.execute(sql`
      insert into outage_naps (tenant_id, outage_id, nap_id, barangay_id, subscribers)
      select ${tenantId}::uuid, ${outageId}::uuid, t.id, t.barangay_id,
        (select count(*)::int from nap_ports p join subscriptions s on s.id = p.subscription_id and s.status = 'active'
          where p.nap_id = t.id and p.state = 'in_use')
      from (${napsOfTarget}) t
      returning 1`),
  ).length;
  const [lines] = rowsOf<{ subscriptions: number; customers: number }>(
    await tx.execute(sql`
      with added as (
        insert into outage_subscriptions (tenant_id, outage_id, subscription_id, customer_id, nap_id)
        select ${tenantId}::uuid, ${outageId}::uuid, s.id, s.customer_id, p.nap_id
        from outage_naps o
        join nap_ports p on p.nap_id = o.nap_id and p.state = 'in_use'
        join subscriptions s on s.id = p.subscription_id and s.status = 'active'
        where o.outage_id = ${outageId}
        returning customer_id)
      select count(*)::int as subscriptions, count(distinct customer_id)::int as customers from added`),
  );
  return { naps, subscriptions: lines?.subscriptions ?? 0, customers: lines?.customers ?? 0 };
}
