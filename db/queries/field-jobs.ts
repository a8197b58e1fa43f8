import { sql, type SQL } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import type { FieldJobKind, FieldJobStatus } from "@/db/schema/plant";

export type FieldJobRow = {
  id: string;
  kind: FieldJobKind;
  status: FieldJobStatus;
  scheduledOn: string;
  completedOn: string | null;
  customerId: string;
  customerName: string;
  accountNo: string;
  mobile: string;
  address: string;
  barangayName: string | null;
  subscriptionId: string;
  subscriptionStatus: string;
  planName: string;
  technicianId: string | null;
  technicianName: string | null;
  napId: string | null;
  napCode: string | null;
  portNumber: number | null;
  previousNapCode: string | null;
  previousPortNumber: number | null;
  deviceId: string | null;
  deviceSerial: string | null;
  previousDeviceSerial: string | null;
  rxPowerDbm: number | null;
  expectedRxDbm: number | null;
  signalFlag: string | null;
  dropLengthM: number | null;
  premisesLatitude: number | null;
  premisesLongitude: number | null;
  notes: string;
  reason: string | null;
};

const JOB_SELECT = sql`
  select j.id, j.kind, j.status, j.scheduled_on::text as "scheduledOn", j.completed_on::text as "completedOn",
    c.id as "customerId", trim(c.first_name || ' ' || c.last_name) as "customerName", c.account_no as "accountNo", c.mobile,
    c.address_line as address, b.name as "barangayName",
    s.id as "subscriptionId", s.status as "subscriptionStatus", pl.name as "planName",
    u.id as "technicianId", u.name as "technicianName",
    n.id as "napId", n.code as "napCode", p.port_number as "portNumber",
    pn.code as "previousNapCode", pp.port_number as "previousPortNumber",
    d.id as "deviceId", d.serial_number as "deviceSerial", pd.serial_number as "previousDeviceSerial",
    j.rx_power_dbm as "rxPowerDbm", j.expected_rx_dbm as "expectedRxDbm", j.signal_flag as "signalFlag", j.drop_length_m as "dropLengthM",
    j.premises_latitude::float8 as "premisesLatitude", j.premises_longitude::float8 as "premisesLongitude", j.notes, j.reason
  from field_jobs j
  join customers c on c.tenant_id = j.tenant_id and c.id = j.customer_id
  left join barangays b on b.tenant_id = c.tenant_id and b.id = c.barangay_id
  join subscriptions s on s.tenant_id = j.tenant_id and s.id = j.subscription_id
  join plans pl on pl.tenant_id = s.tenant_id and pl.id = s.plan_id
  left join users u on u.tenant_id = j.tenant_id and u.id = j.technician_id
  left join nap_ports p on p.tenant_id = j.tenant_id and p.id = j.nap_port_id
  left join naps n on n.tenant_id = p.tenant_id and n.id = p.nap_id
  left join nap_ports pp on pp.tenant_id = j.tenant_id and pp.id = j.previous_nap_port_id
  left join naps pn on pn.tenant_id = pp.tenant_id and pn.id = pp.nap_id
  left join devices d on d.tenant_id = j.tenant_id and d.id = j.device_id
  left join devices pd on pd.tenant_id = j.tenant_id and pd.id = j.previous_device_id`;

export type FieldJobFilters = { status: "open" | "done" | "cancelled" | "all"; technicianId?: string; page: number; size: number };

export async function listFieldJobs(tx: Tx, f: FieldJobFilters): Promise<{ rows: FieldJobRow[]; total: number }> {
  const parts: SQL[] = [sql`true`];
  if (f.status === "open") parts.push(sql`j.status in ('scheduled', 'en_route', 'on_site')`);
  if (f.status === "done") parts.push(sql`j.status = 'done'`);
  if (f.status === "cancelled") parts.push(sql`j.status in ('cancelled', 'failed')`);
  if (f.technicianId) parts.push(sql`j.technician_id = ${f.technicianId}`);
  const where = sql.join(parts, sql` and `);
  // Open work soonest first; finished work latest first.
  const order = f.status === "open" ? sql`j.scheduled_on, j.created_at` : sql`coalesce(j.completed_on, j.scheduled_on) desc, j.created_at desc`;
  const rows = rowsOf<FieldJobRow>(await tx.execute(sql`${JOB_SELECT} where ${where} order by ${order} limit ${f.size} offset ${(f.page - 1) * f.size}`));
  const [count] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from field_jobs j where ${where}`));
  return { rows, total: count?.n ?? 0 };
}

export async function fieldJobDetail(tx: Tx, id: string): Promise<FieldJobRow | null> {
  const [row] = rowsOf<FieldJobRow>(await tx.execute(sql`${JOB_SELECT} where j.id = ${id}`));
  return row ?? null;
}

export async function jobsOfSubscriptions(tx: Tx, subscriptionIds: string[]): Promise<FieldJobRow[]> {
  if (subscriptionIds.length === 0) return [];
  return rowsOf<FieldJobRow>(
    await tx.execute(sql`${JOB_SELECT} where j.subscription_id in (${sql.join(subscriptionIds.map((id) => sql`${id}`), sql`, `)}) order by j.created_at desc limit 20`),
  );
}

export type JobSubject = { subscriptionId: string; status: string; planName: string; label: string; customerId: string; customerName: string; accountNo: string; barangayId: string | null;
  /** The premises GPS, or the customer's: where the map's free-port finder looks. */
  latitude: number | null;
  longitude: number | null;
};

/** The line a new job is for, with what the form needs to suggest ports. */
export async function jobSubject(tx: Tx, subscriptionId: string): Promise<JobSubject | null> {
  const [row] = rowsOf<JobSubject>(
    await tx.execute(sql`
      select s.id as "subscriptionId", s.status, pl.name as "planName", s.label, c.id as "customerId",
        trim(c.first_name || ' ' || c.last_name) as "customerName", c.account_no as "accountNo", c.barangay_id as "barangayId",
        coalesce(s.premises_latitude, c.latitude)::float8 as latitude, coalesce(s.premises_longitude, c.longitude)::float8 as longitude
      from subscriptions s join customers c on c.tenant_id = s.tenant_id and c.id = s.customer_id
      join plans pl on pl.tenant_id = s.tenant_id and pl.id = s.plan_id
      where s.id = ${subscriptionId}`),
  );
  return row ?? null;
}

export type StockDevice = { id: string; label: string; kind: string };

/** Devices a job may take: in stock or with a technician, not promised to an open job. */
export async function devicesForJobs(tx: Tx): Promise<StockDevice[]> {
  return rowsOf<StockDevice>(
    await tx.execute(sql`
      select d.id, d.kind, upper(d.kind) || ' · ' || d.serial_number || case when d.brand <> '' then ' · ' || d.brand || ' ' || d.model else '' end
        || case when d.status = 'with_technician' then ' (with ' || coalesce(u.name, 'technician') || ')' else '' end as label
      from devices d left join users u on u.tenant_id = d.tenant_id and u.id = d.technician_id
      where d.status in ('in_stock', 'with_technician')
        and not exists (select 1 from field_jobs j where j.tenant_id = d.tenant_id and j.device_id = d.id and j.status in ('scheduled', 'en_route', 'on_site'))
      order by d.kind, d.serial_number
      limit 500`),
  );
}

export async function activeStaffOptions(tx: Tx): Promise<{ id: string; label: string }[]> {
  return rowsOf<{ id: string; label: string }>(await tx.execute(sql`select id, name as label from users where active order by name`));
}

export type Connection = {
  subscriptionId: string;
  portId: string;
  portNumber: number;
  napId: string;
  napCode: string;
  lcpId: string | null;
  lcpCode: string | null;
  ponLabel: string | null;
  oltId: string | null;
  oltName: string | null;
  devices: { id: string; kind: string; serialNumber: string; model: string }[];
  rxPowerDbm: number | null;
  expectedRxDbm: number | null;
  signalFlag: string | null;
  readOn: string | null;
};

/** Where each of these lines hangs in the plant now, with its devices and latest reading. */
export async function connectionsOf(tx: Tx, subscriptionIds: string[]): Promise<Connection[]> {
  if (subscriptionIds.length === 0) return [];
  const ids = sql.join(subscriptionIds.map((id) => sql`${id}`), sql`, `);
  return rowsOf<Connection>(
    await tx.execute(sql`
      select p.subscription_id as "subscriptionId", p.id as "portId", p.port_number as "portNumber", n.id as "napId", n.code as "napCode",
        l.id as "lcpId", l.code as "lcpCode", pp.label as "ponLabel", o.id as "oltId", o.name as "oltName",
        coalesce((select json_agg(json_build_object('id', d.id, 'kind', d.kind, 'serialNumber', d.serial_number, 'model', trim(d.brand || ' ' || d.model)) order by d.kind)
          from devices d where d.tenant_id = p.tenant_id and d.subscription_id = p.subscription_id and d.status = 'installed'), '[]'::json) as devices,
        r.rx_power_dbm as "rxPowerDbm", r.expected_rx_dbm as "expectedRxDbm", r.signal_flag as "signalFlag", r.completed_on::text as "readOn"
      from nap_ports p
      join naps n on n.tenant_id = p.tenant_id and n.id = p.nap_id
      left join lcps l on l.tenant_id = n.tenant_id and l.id = n.lcp_id
      left join pon_ports pp on pp.tenant_id = l.tenant_id and pp.id = l.pon_port_id
      left join olts o on o.tenant_id = pp.tenant_id and o.id = pp.olt_id
      left join lateral (select j.rx_power_dbm, j.expected_rx_dbm, j.signal_flag, j.completed_on from field_jobs j
        where j.tenant_id = p.tenant_id and j.subscription_id = p.subscription_id and j.status = 'done' and j.rx_power_dbm is not null
        order by j.completed_at desc limit 1) r on true
      where p.state = 'in_use' and p.subscription_id in (${ids})`),
  );
}
