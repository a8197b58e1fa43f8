import { sql, type SQL } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import type { LcpListState, NapListState } from "@/lib/validations/plant-list";

/** Ports of a box by state: the utilisation figures every plant list shows. */
export type PortCounts = { total: number; inUse: number; reserved: number; faulty: number; free: number };

export type NapListRow = PortCounts & {
  id: string;
  code: string;
  name: string;
  lcpId: string | null;
  lcpCode: string | null;
  barangayId: string | null;
  barangayName: string | null;
  poleNumber: string;
  ratio: number;
  /** Readings flagged by the loss check on lines connected here. */
  flagged: number;
};

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// Per NAP, its ports counted by state: one index range scan of nap_ports per box.
const NAP_COUNTS = sql`
  select count(*)::int as total,
    count(*) filter (where p.state = 'in_use')::int as in_use,
    count(*) filter (where p.state = 'reserved')::int as reserved,
    count(*) filter (where p.state = 'faulty')::int as faulty,
    count(*) filter (where p.state = 'free')::int as free
  from nap_ports p where p.tenant_id = n.tenant_id and p.nap_id = n.id`;

function napWhere(state: NapListState): SQL {
  const parts: SQL[] = [sql`true`];
  if (state.barangay) parts.push(sql`n.barangay_id = ${state.barangay}`);
  if (state.lcp) parts.push(sql`n.lcp_id = ${state.lcp}`);
  if (state.q) parts.push(sql`(n.code ilike ${like(state.q)} or n.name ilike ${like(state.q)} or n.pole_number ilike ${like(state.q)})`);
  return sql.join(parts, sql` and `);
}

function utilisationWhere(filter: NapListState["utilisation"]): SQL {
  switch (filter) {
    case "has_free":
      return sql`c.free > 0`;
    case "low":
      return sql`c.free between 1 and 2`;
    case "full":
      return sql`c.free = 0`;
    case "faulty":
      return sql`c.faulty > 0`;
    case "flagged":
      return sql`f.flagged > 0`;
    default:
      return sql`true`;
  }
}

const NAP_ORDER: Record<NapListState["sort"], SQL> = {
  code: sql`lower(n.code)`,
  free: sql`c.free`,
  utilisation: sql`(c.in_use + c.reserved)::float / greatest(c.total, 1)`,
  barangay: sql`b.name`,
};

// Lines on this box whose latest completed job's reading was flagged.
const NAP_FLAGS = sql`
  select count(*)::int as flagged from nap_ports p
  join lateral (select j.signal_flag from field_jobs j
    where j.tenant_id = p.tenant_id and j.subscription_id = p.subscription_id and j.status = 'done' and j.rx_power_dbm is not null
    order by j.completed_at desc limit 1) last on true
  where p.tenant_id = n.tenant_id and p.nap_id = n.id and p.state = 'in_use' and last.signal_flag is not null`;

export async function listNaps(tx: Tx, state: NapListState): Promise<{ rows: NapListRow[]; total: number }> {
  const dir = state.dir === "desc" ? sql`desc` : sql`asc`;
  const rows = rowsOf<NapListRow & { fullCount: number }>(
    await tx.execute(sql`
      select n.id, n.code, n.name, n.lcp_id as "lcpId", l.code as "lcpCode", n.barangay_id as "barangayId", b.name as "barangayName",
        n.pole_number as "poleNumber", n.splitter_ratio as ratio,
        c.total, c.in_use as "inUse", c.reserved, c.faulty, c.free, f.flagged,
        count(*) over ()::int as "fullCount"
      from naps n
      left join lcps l on l.tenant_id = n.tenant_id and l.id = n.lcp_id
      left join barangays b on b.tenant_id = n.tenant_id and b.id = n.barangay_id
      cross join lateral (${NAP_COUNTS}) c
      cross join lateral (${NAP_FLAGS}) f
      where ${napWhere(state)} and ${utilisationWhere(state.utilisation)}
      order by ${NAP_ORDER[state.sort]} ${dir} nulls last, lower(n.code), n.id
      limit ${state.size} offset ${(state.page - 1) * state.size}`),
  );
  return { rows, total: rows[0]?.fullCount ?? (state.page > 1 ? await countNaps(tx, state) : 0) };
}

async function countNaps(tx: Tx, state: NapListState): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await tx.execute(sql`select count(*)::int as n from naps n cross join lateral (${NAP_COUNTS}) c cross join lateral (${NAP_FLAGS}) f
      where ${napWhere(state)} and ${utilisationWhere(state.utilisation)}`),
  );
  return row?.n ?? 0;
}

export type LcpListRow = PortCounts & {
  id: string;
  code: string;
  name: string;
  barangayName: string | null;
  ratio: number;
  naps: number;
  ponLabel: string | null;
  oltName: string | null;
};

const LCP_ORDER: Record<LcpListState["sort"], SQL> = {
  code: sql`lower(l.code)`,
  free: sql`c.free`,
  utilisation: sql`(c.in_use + c.reserved)::float / greatest(c.total, 1)`,
  barangay: sql`b.name`,
};

export async function listLcps(tx: Tx, state: LcpListState): Promise<{ rows: LcpListRow[]; total: number }> {
  const parts: SQL[] = [sql`true`];
  if (state.barangay) parts.push(sql`l.barangay_id = ${state.barangay}`);
  if (state.q) parts.push(sql`(l.code ilike ${like(state.q)} or l.name ilike ${like(state.q)})`);
  const dir = state.dir === "desc" ? sql`desc` : sql`asc`;
  const rows = rowsOf<LcpListRow & { fullCount: number }>(
    await tx.execute(sql`
      select l.id, l.code, l.name, b.name as "barangayName", l.splitter_ratio as ratio, pp.label as "ponLabel", o.name as "oltName",
        c.naps, c.total, c.in_use as "inUse", c.reserved, c.faulty, c.free,
        count(*) over ()::int as "fullCount"
      from lcps l
      left join barangays b on b.tenant_id = l.tenant_id and b.id = l.barangay_id
      left join pon_ports pp on pp.tenant_id = l.tenant_id and pp.id = l.pon_port_id
      left join olts o on o.tenant_id = pp.tenant_id and o.id = pp.olt_id
      cross join lateral (
        select count(distinct n.id)::int as naps, count(p.id)::int as total,
          count(p.id) filter (where p.state = 'in_use')::int as in_use,
          count(p.id) filter (where p.state = 'reserved')::int as reserved,
          count(p.id) filter (where p.state = 'faulty')::int as faulty,
          count(p.id) filter (where p.state = 'free')::int as free
        from naps n left join nap_ports p on p.tenant_id = n.tenant_id and p.nap_id = n.id
        where n.tenant_id = l.tenant_id and n.lcp_id = l.id) c
      where ${sql.join(parts, sql` and `)}
      order by ${LCP_ORDER[state.sort]} ${dir} nulls last, lower(l.code), l.id
      limit ${state.size} offset ${(state.page - 1) * state.size}`),
  );
  if (rows.length === 0 && state.page > 1) {
    const [row] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from lcps l where ${sql.join(parts, sql` and `)}`));
    return { rows, total: row?.n ?? 0 };
  }
  return { rows, total: rows[0]?.fullCount ?? 0 };
}

export type UtilisationRow = PortCounts & { id: string | null; name: string; naps: number };

/** Ports by state rolled up per barangay (NAPs with no barangay under one "No barangay" row). */
export async function utilisationByBarangay(tx: Tx): Promise<UtilisationRow[]> {
  return rowsOf<UtilisationRow>(
    await tx.execute(sql`
      select b.id, coalesce(b.name, 'No barangay') as name, count(distinct n.id)::int as naps, count(p.id)::int as total,
        count(p.id) filter (where p.state = 'in_use')::int as "inUse",
        count(p.id) filter (where p.state = 'reserved')::int as reserved,
        count(p.id) filter (where p.state = 'faulty')::int as faulty,
        count(p.id) filter (where p.state = 'free')::int as free
      from naps n
      join nap_ports p on p.tenant_id = n.tenant_id and p.nap_id = n.id
      left join barangays b on b.tenant_id = n.tenant_id and b.id = n.barangay_id
      group by b.id, b.name
      order by coalesce(b.name, 'zzz')`),
  );
}

export type PonUtilisationRow = PortCounts & { id: string; label: string; oltId: string; oltName: string; txPowerDbm: number; lcps: number; naps: number };

/** Ports by state rolled up per PON port (through its LCPs and their NAPs). */
export async function utilisationByPonPort(tx: Tx): Promise<PonUtilisationRow[]> {
  return rowsOf<PonUtilisationRow>(
    await tx.execute(sql`
      select pp.id, pp.label, o.id as "oltId", o.name as "oltName", pp.tx_power_dbm as "txPowerDbm",
        count(distinct l.id)::int as lcps, count(distinct n.id)::int as naps, count(p.id)::int as total,
        count(p.id) filter (where p.state = 'in_use')::int as "inUse",
        count(p.id) filter (where p.state = 'reserved')::int as reserved,
        count(p.id) filter (where p.state = 'faulty')::int as faulty,
        count(p.id) filter (where p.state = 'free')::int as free
      from pon_ports pp
      join olts o on o.tenant_id = pp.tenant_id and o.id = pp.olt_id
      left join lcps l on l.tenant_id = pp.tenant_id and l.pon_port_id = pp.id
      left join naps n on n.tenant_id = l.tenant_id and n.lcp_id = l.id
      left join nap_ports p on p.tenant_id = n.tenant_id and p.nap_id = n.id
      group by pp.id, pp.label, o.id, o.name, pp.tx_power_dbm
      order by o.name, pp.label`),
  );
}

export type PlantTotals = { olts: number; ponPorts: number; lcps: number; naps: number } & PortCounts;

export async function plantTotals(tx: Tx): Promise<PlantTotals> {
  const [row] = rowsOf<PlantTotals>(
    await tx.execute(sql`
      select (select count(*)::int from olts) as olts, (select count(*)::int from pon_ports) as "ponPorts",
        (select count(*)::int from lcps) as lcps, (select count(*)::int from naps) as naps,
        count(*)::int as total,
        count(*) filter (where state = 'in_use')::int as "inUse",
        count(*) filter (where state = 'reserved')::int as reserved,
        count(*) filter (where state = 'faulty')::int as faulty,
        count(*) filter (where state = 'free')::int as free
      from nap_ports`),
  );
  return row!;
}

export type OltListRow = { id: string; name: string; vendor: string; model: string; site: string; ponPorts: number };

export async function listOlts(tx: Tx): Promise<OltListRow[]> {
  return rowsOf<OltListRow>(
    await tx.execute(sql`select o.id, o.name, o.vendor, o.model, o.site,
      (select count(*)::int from pon_ports pp where pp.tenant_id = o.tenant_id and pp.olt_id = o.id) as "ponPorts"
      from olts o order by o.name`),
  );
}
