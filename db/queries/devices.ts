import "server-only";
import { and, asc, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { customers, deviceMovements, devices, fieldJobs, napPorts, naps, plans, subscriptions, users, type DeviceKind, type DeviceStatus } from "../schema";
import type { Tx } from "../types";

export type DeviceFilters = {
  q?: string;
  kind?: DeviceKind;
  status?: DeviceStatus;
  technicianId?: string;
  brand?: string;
  model?: string;
};
export type DeviceListQuery = DeviceFilters & { sort: "serial" | "kind" | "model" | "status" | "cost" | "moved"; dir: "asc" | "desc"; page: number; pageSize: number };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

function deviceWhere(f: DeviceFilters): SQL | undefined {
  const where: SQL[] = [];
  if (f.q) {
    // Serials are kept upper case without spaces; MACs as AA:BB:…, which people type in many ways.
    const serial = `%${escapeLike(f.q.toUpperCase().replace(/\s+/g, ""))}%`;
    const hex = f.q.toUpperCase().replace(/[\s:.-]/g, "");
    const byMac = /^[0-9A-F]{2,12}$/.test(hex) ? sql`replace(${devices.mac}, ':', '') like ${`%${hex}%`}` : undefined;
    where.push(or(sql`${devices.serialNumber} like ${serial}`, byMac)!);
  }
  if (f.kind) where.push(eq(devices.kind, f.kind));
  if (f.status) where.push(eq(devices.status, f.status));
  if (f.technicianId) where.push(eq(devices.technicianId, f.technicianId));
  if (f.brand !== undefined && f.model !== undefined) where.push(and(eq(devices.brand, f.brand), eq(devices.model, f.model))!);
  return where.length ? and(...where) : undefined;
}

/** When the device last moved (received, handed over, installed, …): its latest movement, read by device_movements_device_idx. */
const lastMovedAt = sql<Date | null>`(select max(m.created_at) from ${deviceMovements} m where m.tenant_id = ${devices.tenantId} and m.device_id = ${devices.id})`.mapWith(
  (v: string | Date | null) => (v === null ? null : new Date(v)),
);

function deviceOrder(sort: DeviceListQuery["sort"], dir: "asc" | "desc"): SQL[] {
  const d = dir === "desc" ? desc : asc;
  switch (sort) {
    case "serial":
      return [d(devices.serialNumber)];
    case "kind":
      return [d(devices.kind), asc(devices.serialNumber)];
    case "model":
      return [d(devices.brand), d(devices.model), asc(devices.serialNumber)];
    case "status":
      return [d(devices.status), asc(devices.serialNumber)];
    case "cost":
      return [dir === "desc" ? sql`${devices.purchaseCost} desc nulls last` : sql`${devices.purchaseCost} asc nulls last`, asc(devices.serialNumber)];
    default:
      return [dir === "desc" ? sql`${lastMovedAt} desc nulls last` : sql`${lastMovedAt} asc nulls last`, asc(devices.serialNumber)];
  }
}

const technicians = alias(users, "technician");
const technicianJoin = and(eq(technicians.tenantId, devices.tenantId), eq(technicians.id, devices.technicianId));
const lineJoin = and(eq(subscriptions.tenantId, devices.tenantId), eq(subscriptions.id, devices.subscriptionId));
const customerJoin = and(eq(customers.tenantId, subscriptions.tenantId), eq(customers.id, subscriptions.customerId));

const whereaboutsColumns = {
  technicianId: devices.technicianId,
  technicianName: technicians.name,
  subscriptionId: devices.subscriptionId,
  subscriptionLabel: subscriptions.label,
  customerId: customers.id,
  customerName: sql<string | null>`${customers.firstName} || ' ' || ${customers.lastName}`,
  accountNo: customers.accountNo,
};

/** One page of the equipment register with the total for the pager. */
export async function listDevices(tx: Tx, query: DeviceListQuery) {
  const where = deviceWhere(query);
  const rows = await tx
    .select({
      id: devices.id,
      serialNumber: devices.serialNumber,
      mac: devices.mac,
      kind: devices.kind,
      brand: devices.brand,
      model: devices.model,
      status: devices.status,
      purchaseCost: devices.purchaseCost,
      lastMovedAt,
      ...whereaboutsColumns,
    })
    .from(devices)
    .leftJoin(technicians, technicianJoin)
    .leftJoin(subscriptions, lineJoin)
    .leftJoin(customers, customerJoin)
    .where(where)
    .orderBy(...deviceOrder(query.sort, query.dir), asc(devices.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await tx.select({ n: count() }).from(devices).where(where);
  return { rows, total: total?.n ?? 0 };
}
export type DeviceListRow = Awaited<ReturnType<typeof listDevices>>["rows"][number];

export type DeviceCounts = { stockOnus: number; stockRouters: number; withTechnicians: number; installed: number; writtenOff: number };

/** The page's summary: what is on the shelf by kind, out with technicians, installed, and gone (returned, defective, lost). */
export async function deviceCounts(tx: Tx): Promise<DeviceCounts> {
  const rows = await tx.select({ status: devices.status, kind: devices.kind, n: count() }).from(devices).groupBy(devices.status, devices.kind);
  const sum = (pick: (r: (typeof rows)[number]) => boolean) => rows.filter(pick).reduce((n, r) => n + r.n, 0);
  return {
    stockOnus: sum((r) => r.status === "in_stock" && r.kind === "onu"),
    stockRouters: sum((r) => r.status === "in_stock" && r.kind === "router"),
    withTechnicians: sum((r) => r.status === "with_technician"),
    installed: sum((r) => r.status === "installed"),
    writtenOff: sum((r) => r.status === "returned" || r.status === "defective" || r.status === "lost"),
  };
}

/** The brand/model pairs in the register (the list's filter, the receive form's suggestions). */
export async function deviceModelOptions(tx: Tx) {
  return tx.selectDistinct({ brand: devices.brand, model: devices.model }).from(devices).orderBy(asc(devices.brand), asc(devices.model)).limit(500);
}

/** The filters' options: the brand/model pairs, and the staff who hold devices or may be handed one. */
export async function deviceFilterOptions(tx: Tx) {
  const models = await deviceModelOptions(tx);
  const staff = await tx
    .select({ id: users.id, name: users.name, active: users.active })
    .from(users)
    .where(or(eq(users.active, true), sql`exists (select 1 from ${devices} d where d.tenant_id = ${users.tenantId} and d.technician_id = ${users.id})`))
    .orderBy(asc(users.name));
  return { models, staff };
}

/** One device with where it is now: the technician, or the line with its customer, plan and port. */
export async function getDevice(tx: Tx, { id }: { id: string }) {
  const [row] = await tx
    .select({
      id: devices.id,
      serialNumber: devices.serialNumber,
      mac: devices.mac,
      kind: devices.kind,
      brand: devices.brand,
      model: devices.model,
      status: devices.status,
      purchaseCost: devices.purchaseCost,
      notes: devices.notes,
      createdAt: devices.createdAt,
      ...whereaboutsColumns,
      planName: plans.name,
      napCode: naps.code,
      portNumber: napPorts.portNumber,
      openJobId: sql<string | null>`(select j.id from ${fieldJobs} j where j.tenant_id = ${devices.tenantId} and j.device_id = ${devices.id} and j.status in ('scheduled', 'en_route', 'on_site') limit 1)`,
    })
    .from(devices)
    .leftJoin(technicians, technicianJoin)
    .leftJoin(subscriptions, lineJoin)
    .leftJoin(customers, customerJoin)
    .leftJoin(plans, and(eq(plans.tenantId, subscriptions.tenantId), eq(plans.id, subscriptions.planId)))
    .leftJoin(napPorts, and(eq(napPorts.tenantId, subscriptions.tenantId), eq(napPorts.subscriptionId, subscriptions.id), eq(napPorts.state, "in_use")))
    .leftJoin(naps, and(eq(naps.tenantId, napPorts.tenantId), eq(naps.id, napPorts.napId)))
    .where(eq(devices.id, id))
    .limit(1);
  return row ?? null;
}
export type DeviceDetail = NonNullable<Awaited<ReturnType<typeof getDevice>>>;

const movers = alias(users, "mover");
const movementTechnicians = alias(users, "movement_technician");
const movementLines = alias(subscriptions, "movement_line");
const movementCustomers = alias(customers, "movement_customer");

/** Every movement of one device with the names it points at (lib/equipment/history.ts puts them in order). */
export async function deviceMovementsOf(tx: Tx, { deviceId }: { deviceId: string }) {
  return tx
    .select({
      id: deviceMovements.id,
      at: deviceMovements.createdAt,
      fromStatus: deviceMovements.fromStatus,
      toStatus: deviceMovements.toStatus,
      technicianName: movementTechnicians.name,
      subscriptionLabel: movementLines.label,
      customerId: movementCustomers.id,
      customerName: sql<string | null>`${movementCustomers.firstName} || ' ' || ${movementCustomers.lastName}`,
      accountNo: movementCustomers.accountNo,
      fieldJobId: deviceMovements.fieldJobId,
      fieldJobKind: fieldJobs.kind,
      note: deviceMovements.note,
      movedByName: movers.name,
    })
    .from(deviceMovements)
    .leftJoin(movementTechnicians, and(eq(movementTechnicians.tenantId, deviceMovements.tenantId), eq(movementTechnicians.id, deviceMovements.technicianId)))
    .leftJoin(movementLines, and(eq(movementLines.tenantId, deviceMovements.tenantId), eq(movementLines.id, deviceMovements.subscriptionId)))
    .leftJoin(movementCustomers, and(eq(movementCustomers.tenantId, movementLines.tenantId), eq(movementCustomers.id, movementLines.customerId)))
    .leftJoin(fieldJobs, and(eq(fieldJobs.tenantId, deviceMovements.tenantId), eq(fieldJobs.id, deviceMovements.fieldJobId)))
    .leftJoin(movers, and(eq(movers.tenantId, deviceMovements.tenantId), eq(movers.id, deviceMovements.movedBy)))
    .where(eq(deviceMovements.deviceId, deviceId))
    .orderBy(desc(deviceMovements.createdAt), desc(deviceMovements.id));
}
export type DeviceMovementRow = Awaited<ReturnType<typeof deviceMovementsOf>>[number];
