import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";

export type OutageListRow = {
  id: string; number: string; targetKind: "pon_port" | "lcp" | "nap"; targetLabel: string; cause: string;
  startedAt: Date; expectedRestorationAt: Date | null; resolvedAt: Date | null; subscriptions: number;
};

const outageColumns = sql`o.id, o.number, o.target_kind as "targetKind", o.target_label as "targetLabel", o.cause,
  o.started_at as "startedAt", o.expected_restoration_at as "expectedRestorationAt", o.resolved_at as "resolvedAt",
  (select count(*)::int from outage_subscriptions s where s.outage_id = o.id) as subscriptions`;

const asDates = <T extends { startedAt: Date; expectedRestorationAt: Date | null; resolvedAt: Date | null }>(r: T): T => ({
  ...r,
  startedAt: new Date(r.startedAt),
  expectedRestorationAt: r.expectedRestorationAt ? new Date(r.expectedRestorationAt) : null,
  resolvedAt: r.resolvedAt ? new Date(r.resolvedAt) : null,
});

/** Open outages first, then the latest; a page of them. */
export async function listOutages(tx: Tx, limit = 100): Promise<OutageListRow[]> {
  return rowsOf<OutageListRow>(
    await tx.execute(sql`select ${outageColumns} from outages o order by (o.resolved_at is null) desc, o.started_at desc limit ${limit}`),
  ).map(asDates);
}

export type OutageDetail = OutageListRow & {
  resolution: string; declaredBy: string | null; resolvedBy: string | null; naps: number; customers: number;
  ponPortId: string | null; lcpId: string | null; napId: string | null;
  messages: { outage: number; restored: number }; credits: { count: number; amount: number };
  center: { lat: number; lng: number } | null;
};

export async function getOutage(tx: Tx, id: string): Promise<OutageDetail | null> {
  const [row] = rowsOf<Omit<OutageDetail, "messages" | "credits" | "center"> & { outage_messages: number; restored_messages: number; credit_count: number; credit_amount: string; lat: string | null; lng: string | null }>(
    await tx.execute(sql`
      select ${outageColumns}, o.resolution, d.name as "declaredBy", r.name as "resolvedBy",
        o.pon_port_id as "ponPortId", o.lcp_id as "lcpId", o.nap_id as "napId",
        (select count(*)::int from outage_naps n where n.outage_id = o.id) as naps,
        (select count(distinct customer_id)::int from outage_subscriptions s where s.outage_id = o.id) as customers,
        (select count(*)::int from outbox_messages m where m.template_key = 'outage' and m.dedupe_key like 'outage:' || o.id || ':%') as outage_messages,
        (select count(*)::int from outbox_messages m where m.template_key = 'service_restored' and m.dedupe_key like 'service_restored:' || o.id || ':%') as restored_messages,
        (select count(*)::int from adjustments a where a.outage_id = o.id) as credit_count,
        (select coalesce(sum(amount), 0) from adjustments a where a.outage_id = o.id) as credit_amount,
        (select avg(n.latitude) from outage_naps x join naps n on n.id = x.nap_id where x.outage_id = o.id) as lat,
        (select avg(n.longitude) from outage_naps x join naps n on n.id = x.nap_id where x.outage_id = o.id) as lng
      from outages o
      left join users d on d.id = o.declared_by
      left join users r on r.id = o.resolved_by
      where o.id = ${id}`),
  );
  if (!row) return null;
  const { outage_messages, restored_messages, credit_count, credit_amount, lat, lng, ...rest } = row;
  return {
    ...asDates(rest),
    messages: { outage: outage_messages, restored: restored_messages },
    credits: { count: credit_count, amount: Number(credit_amount) },
    center: lat == null || lng == null ? null : { lat: Number(lat), lng: Number(lng) },
  };
}

export type AffectedRow = { subscriptionId: string; customerId: string; accountNo: string; name: string; plan: string; napCode: string; barangay: string | null };

/** The lines an outage cut off, by NAP and account; the first `limit` of them. */
export async function affectedSubscriptions(tx: Tx, outageId: string, limit = 200): Promise<AffectedRow[]> {
  return rowsOf<AffectedRow>(
    await tx.execute(sql`
      select s.id as "subscriptionId", c.id as "customerId", c.account_no as "accountNo", c.first_name || ' ' || c.last_name as name,
        pl.name as plan, n.code as "napCode", b.name as barangay
      from outage_subscriptions o
      join subscriptions s on s.id = o.subscription_id
      join customers c on c.id = o.customer_id
      join plans pl on pl.id = s.plan_id
      join naps n on n.id = o.nap_id
      left join barangays b on b.id = c.barangay_id
      where o.outage_id = ${outageId}
      order by lower(n.code), c.account_no
      limit ${limit}`),
  );
}

export type OutageHistory = { outages: number; hours: number; subscribers: number };

/**
 * Outages that cut off a NAP, and those in its barangay: how many, how long
 * in all (an open one counts until now) and the subscribers they cut off.
 */
export async function outageHistoryOfNap(tx: Tx, napId: string): Promise<{ nap: OutageHistory; barangay: (OutageHistory & { name: string }) | null; recent: OutageListRow[] }> {
  const history = (where: ReturnType<typeof sql>) => sql`
    select count(distinct o.id)::int as outages,
      coalesce(sum(extract(epoch from (coalesce(o.resolved_at, now()) - o.started_at)) / 3600) filter (where x.first), 0)::float8 as hours,
      coalesce(sum(x.subscribers), 0)::int as subscribers
    from (select x.*, row_number() over (partition by x.outage_id order by x.nap_id) = 1 as first from outage_naps x where ${where}) x
    join outages o on o.id = x.outage_id`;
  const [nap] = rowsOf<OutageHistory>(await tx.execute(history(sql`x.nap_id = ${napId}`)));
  const [place] = rowsOf<{ id: string | null; name: string | null }>(await tx.execute(sql`select b.id, b.name from naps n left join barangays b on b.id = n.barangay_id where n.id = ${napId}`));
  const barangay = place?.id ? rowsOf<OutageHistory>(await tx.execute(history(sql`x.barangay_id = ${place.id}`)))[0] : undefined;
  const recent = rowsOf<OutageListRow>(
    await tx.execute(sql`select ${outageColumns} from outages o where o.id in (select outage_id from outage_naps where nap_id = ${napId}) order by o.started_at desc limit 5`),
  ).map(asDates);
  const round = (h: OutageHistory) => ({ ...h, hours: Math.round(h.hours * 10) / 10 });
  return { nap: round(nap ?? { outages: 0, hours: 0, subscribers: 0 }), barangay: barangay && place?.name ? { ...round(barangay), name: place.name } : null, recent };
}

/** The PON ports as the declaration form names them ("CDO Main OLT 0/1/1"). */
export async function ponPortNames(tx: Tx): Promise<string[]> {
  return rowsOf<{ name: string }>(await tx.execute(sql`select o.name || ' ' || p.label as name from pon_ports p join olts o on o.id = p.olt_id order by o.name, p.label`)).map((r) => r.name);
}
