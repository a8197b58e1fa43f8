import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";

export type NapDetail = {
  id: string;
  code: string;
  name: string;
  lcpId: string | null;
  lcpCode: string | null;
  barangayId: string | null;
  barangayName: string | null;
  latitude: number | null;
  longitude: number | null;
  poleNumber: string;
  ratio: number;
  distanceFromLcpM: number;
  notes: string;
  ponLabel: string | null;
  oltId: string | null;
  oltName: string | null;
};

export async function napDetail(tx: Tx, id: string): Promise<NapDetail | null> {
  const [row] = rowsOf<NapDetail>(
    await tx.execute(sql`
      select n.id, n.code, n.name, n.lcp_id as "lcpId", l.code as "lcpCode", n.barangay_id as "barangayId", b.name as "barangayName",
        n.latitude::float8 as latitude, n.longitude::float8 as longitude, n.pole_number as "poleNumber", n.splitter_ratio as ratio,
        n.distance_from_lcp_m as "distanceFromLcpM", n.notes, pp.label as "ponLabel", o.id as "oltId", o.name as "oltName"
      from naps n
      left join lcps l on l.tenant_id = n.tenant_id and l.id = n.lcp_id
      left join barangays b on b.tenant_id = n.tenant_id and b.id = n.barangay_id
      left join pon_ports pp on pp.tenant_id = l.tenant_id and pp.id = l.pon_port_id
      left join olts o on o.tenant_id = pp.tenant_id and o.id = pp.olt_id
      where n.id = ${id}`),
  );
  return row ?? null;
}

export type PortRow = {
  id: string;
  portNumber: number;
  state: "free" | "reserved" | "in_use" | "faulty";
  note: string;
  subscriptionId: string | null;
  customerId: string | null;
  customerName: string | null;
  accountNo: string | null;
  rxPowerDbm: number | null;
  signalFlag: string | null;
  /** The open job holding a reserved port. */
  jobId: string | null;
};

/** A NAP's ports in order, each with its line's customer and latest reading. */
export async function napPortRows(tx: Tx, napId: string): Promise<PortRow[]> {
  return rowsOf<PortRow>(
    await tx.execute(sql`
      select p.id, p.port_number as "portNumber", p.state, p.note, p.subscription_id as "subscriptionId",
        c.id as "customerId", trim(c.first_name || ' ' || c.last_name) as "customerName", c.account_no as "accountNo",
        reading.rx_power_dbm as "rxPowerDbm", reading.signal_flag as "signalFlag", open_job.id as "jobId"
      from nap_ports p
      left join subscriptions s on s.tenant_id = p.tenant_id and s.id = p.subscription_id
      left join customers c on c.tenant_id = s.tenant_id and c.id = s.customer_id
      left join lateral (select j.rx_power_dbm, j.signal_flag from field_jobs j
        where j.tenant_id = p.tenant_id and j.subscription_id = p.subscription_id and j.status = 'done' and j.rx_power_dbm is not null
        order by j.completed_at desc limit 1) reading on p.state = 'in_use'
      left join lateral (select j.id from field_jobs j
        where j.tenant_id = p.tenant_id and j.nap_port_id = p.id and j.status in ('scheduled', 'en_route', 'on_site') limit 1) open_job on p.state = 'reserved'
      where p.nap_id = ${napId}
      order by p.port_number`),
  );
}

export type LcpDetail = {
  id: string;
  code: string;
  name: string;
  barangayId: string | null;
  barangayName: string | null;
  latitude: number | null;
  longitude: number | null;
  ponPortId: string | null;
  ponLabel: string | null;
  oltId: string | null;
  oltName: string | null;
  ratio: number;
  feederLengthM: number;
  notes: string;
};

export async function lcpDetail(tx: Tx, id: string): Promise<LcpDetail | null> {
  const [row] = rowsOf<LcpDetail>(
    await tx.execute(sql`
      select l.id, l.code, l.name, l.barangay_id as "barangayId", b.name as "barangayName",
        l.latitude::float8 as latitude, l.longitude::float8 as longitude, l.pon_port_id as "ponPortId", pp.label as "ponLabel",
        o.id as "oltId", o.name as "oltName", l.splitter_ratio as ratio, l.feeder_length_m as "feederLengthM", l.notes
      from lcps l
      left join barangays b on b.tenant_id = l.tenant_id and b.id = l.barangay_id
      left join pon_ports pp on pp.tenant_id = l.tenant_id and pp.id = l.pon_port_id
      left join olts o on o.tenant_id = pp.tenant_id and o.id = pp.olt_id
      where l.id = ${id}`),
  );
  return row ?? null;
}

export type OltDetail = {
  id: string;
  name: string;
  vendor: string;
  model: string;
  site: string;
  latitude: number | null;
  longitude: number | null;
  managementAddress: string;
  notes: string;
};

export async function oltDetail(tx: Tx, id: string): Promise<OltDetail | null> {
  const [row] = rowsOf<OltDetail>(
    await tx.execute(sql`select id, name, vendor, model, site, latitude::float8 as latitude, longitude::float8 as longitude,
      management_address as "managementAddress", notes from olts where id = ${id}`),
  );
  return row ?? null;
}

export type Option = { id: string; label: string };

/** The choices of the plant forms: barangays, LCPs, PON ports (with their OLT), OLTs. */
export async function plantOptions(tx: Tx): Promise<{ barangays: Option[]; lcps: Option[]; ponPorts: Option[]; olts: Option[] }> {
  const [barangays, lcps, ponPorts, olts] = await Promise.all([
    tx.execute(sql`select id, name || ', ' || city as label from barangays order by name, city`),
    tx.execute(sql`select id, code || case when name <> '' then ' — ' || name else '' end as label from lcps order by lower(code)`),
    tx.execute(sql`select pp.id, o.name || ' · ' || pp.label as label from pon_ports pp join olts o on o.tenant_id = pp.tenant_id and o.id = pp.olt_id order by o.name, pp.label`),
    tx.execute(sql`select id, name as label from olts order by name`),
  ]);
  return { barangays: rowsOf<Option>(barangays), lcps: rowsOf<Option>(lcps), ponPorts: rowsOf<Option>(ponPorts), olts: rowsOf<Option>(olts) };
}

export type FreePortChoice = { napId: string; napCode: string; barangayName: string | null; sameBarangay: boolean; free: number; firstFreePortId: string; ports: { id: string; portNumber: number }[] };

/**
 * NAPs with a free port for an installation form: the one chosen on the map's
 * free-port finder first, then those in the customer's barangay, then the
 * rest, most free ports first, capped.
 */
export async function napsWithFreePorts(tx: Tx, barangayId: string | null, limit = 40, chosenNapId: string | null = null): Promise<FreePortChoice[]> {
  const rows = rowsOf<{ napId: string; napCode: string; barangayName: string | null; sameBarangay: boolean; ports: { id: string; portNumber: number }[] }>(
    await tx.execute(sql`
      select n.id as "napId", n.code as "napCode", b.name as "barangayName", coalesce(n.barangay_id = ${barangayId}, false) as "sameBarangay",
        free.ports
      from naps n
      left join barangays b on b.tenant_id = n.tenant_id and b.id = n.barangay_id
      cross join lateral (select json_agg(json_build_object('id', p.id, 'portNumber', p.port_number) order by p.port_number) as ports
        from nap_ports p where p.tenant_id = n.tenant_id and p.nap_id = n.id and p.state = 'free') free
      where free.ports is not null
      order by coalesce(n.id = ${chosenNapId}, false) desc, coalesce(n.barangay_id = ${barangayId}, false) desc, json_array_length(free.ports) desc, lower(n.code)
      limit ${limit}`),
  );
  return rows.map((r) => ({ ...r, free: r.ports.length, firstFreePortId: r.ports[0]!.id }));
}
