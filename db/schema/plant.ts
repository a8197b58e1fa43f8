import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tenantIdColumn, tenantIsolationPolicy } from "./tenancy";
import { tenants } from "./tenants";
import { users } from "./staff";
import { barangays, customers, subscriptions } from "./subscribers";

// The fiber plant is a graph of tenant rows: olt -> pon_port -> lcp -> nap -> nap_port -> subscription.
// Coordinates are WGS 84 degrees; optical powers and losses are dB/dBm as measured (not money: floats are right).

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

// Degrees as double precision, as customers' coordinates are kept. Not numeric:
// under row-level security the planner takes a bounding box as an index
// condition, and reads the columns' statistics for it, only when the comparison
// is LEAKPROOF, which float8's is and numeric's is not (migration 0030).
const gps = {
  latitude: doublePrecision("latitude"),
  longitude: doublePrecision("longitude"),
};

/** Both coordinates or neither, inside the range a map accepts. */
const gpsCheck = (name: string, t: { latitude: unknown; longitude: unknown }) =>
  check(
    name,
    sql`(${t.latitude} is null) = (${t.longitude} is null) and (${t.latitude} is null or (${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180))`,
  );

export const olts = pgTable(
  "olts",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    name: text("name").notNull(),
    vendor: text("vendor").notNull().default(""),
    model: text("model").notNull().default(""),
    site: text("site").notNull().default(""),
    ...gps,
    /** How staff reach it (an address or URL as text); FiberBill does not connect to it. */
    managementAddress: text("management_address").notNull().default(""),
    notes: text("notes").notNull().default(""),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("olts_tenant_name_key").on(t.tenantId, sql`lower(${t.name})`),
    gpsCheck("olts_gps_valid", t),
    tenantIsolationPolicy(),
  ],
);

export const ponPorts = pgTable(
  "pon_ports",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    oltId: uuid("olt_id").notNull(),
    /** Slot/port as the OLT names it ("0/1/3"). */
    label: text("label").notNull(),
    /** Launch power of the port's optic, dBm (GPON class B+ is about +1.5 to +5). */
    txPowerDbm: doublePrecision("tx_power_dbm").notNull().default(3),
    notes: text("notes").notNull().default(""),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "pon_ports_olt_fk", columns: [t.tenantId, t.oltId], foreignColumns: [olts.tenantId, olts.id] }).onDelete("restrict"),
    uniqueIndex("pon_ports_tenant_olt_label_key").on(t.tenantId, t.oltId, sql`lower(${t.label})`),
    check("pon_ports_tx_power_valid", sql`${t.txPowerDbm} between -10 and 15`),
    tenantIsolationPolicy(),
  ],
);

export const LCP_SPLITTER_RATIOS = [2, 4, 8, 16] as const;
export const NAP_SPLITTER_RATIOS = [4, 8, 16] as const;

/** Local convergence point: a street cabinet with the first splitter, fed from a PON port. */
export const lcps = pgTable(
  "lcps",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    code: text("code").notNull(),
    name: text("name").notNull().default(""),
    barangayId: uuid("barangay_id"),
    ...gps,
    /** Null until the plant records which PON port feeds it (an imported cabinet). */
    ponPortId: uuid("pon_port_id"),
    splitterRatio: integer("splitter_ratio").notNull(),
    /** Feeder length from the OLT, metres (the loss check uses it; 0 when unknown). */
    feederLengthM: integer("feeder_length_m").notNull().default(0),
    notes: text("notes").notNull().default(""),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "lcps_barangay_fk", columns: [t.tenantId, t.barangayId], foreignColumns: [barangays.tenantId, barangays.id] }).onDelete("restrict"),
    foreignKey({ name: "lcps_pon_port_fk", columns: [t.tenantId, t.ponPortId], foreignColumns: [ponPorts.tenantId, ponPorts.id] }).onDelete("restrict"),
    uniqueIndex("lcps_tenant_code_key").on(t.tenantId, sql`lower(${t.code})`),
    index("lcps_tenant_barangay_idx").on(t.tenantId, t.barangayId),
    index("lcps_tenant_pon_port_idx").on(t.tenantId, t.ponPortId),
    index("lcps_tenant_location_idx").on(t.tenantId, t.latitude, t.longitude),
    check("lcps_splitter_ratio_valid", sql`${t.splitterRatio} in (2, 4, 8, 16)`),
    check("lcps_feeder_length_valid", sql`${t.feederLengthM} between 0 and 60000`),
    gpsCheck("lcps_gps_valid", t),
    tenantIsolationPolicy(),
  ],
);

/** Network access point: the box on a pole the drop cables leave from. Its ports are rows of nap_ports. */
export const naps = pgTable(
  "naps",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    code: text("code").notNull(),
    name: text("name").notNull().default(""),
    /** Null only for a box imported from a map file before its cabinet is known. */
    lcpId: uuid("lcp_id"),
    barangayId: uuid("barangay_id"),
    ...gps,
    poleNumber: text("pole_number").notNull().default(""),
    splitterRatio: integer("splitter_ratio").notNull(),
    /** Distribution cable from the LCP, metres. */
    distanceFromLcpM: integer("distance_from_lcp_m").notNull().default(0),
    notes: text("notes").notNull().default(""),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    // The ports repeat (tenant, nap, ratio) so the database itself bounds a port number by its box's splitter.
    unique("naps_tenant_id_ratio_key").on(t.tenantId, t.id, t.splitterRatio),
    foreignKey({ name: "naps_lcp_fk", columns: [t.tenantId, t.lcpId], foreignColumns: [lcps.tenantId, lcps.id] }).onDelete("restrict"),
    foreignKey({ name: "naps_barangay_fk", columns: [t.tenantId, t.barangayId], foreignColumns: [barangays.tenantId, barangays.id] }).onDelete("restrict"),
    uniqueIndex("naps_tenant_code_key").on(t.tenantId, sql`lower(${t.code})`),
    index("naps_tenant_barangay_idx").on(t.tenantId, t.barangayId),
    index("naps_tenant_lcp_idx").on(t.tenantId, t.lcpId),
    index("naps_tenant_location_idx").on(t.tenantId, t.latitude, t.longitude),
    check("naps_splitter_ratio_valid", sql`${t.splitterRatio} in (4, 8, 16)`),
    check("naps_distance_valid", sql`${t.distanceFromLcpM} between 0 and 20000`),
    gpsCheck("naps_gps_valid", t),
    tenantIsolationPolicy(),
  ],
);

export const NAP_PORT_STATES = ["free", "reserved", "in_use", "faulty"] as const;
export type NapPortState = (typeof NAP_PORT_STATES)[number];

/**
 * One row per port of a NAP (1..ratio). A reserved or in-use port names its
 * subscription; a free or faulty one names none. One row per port number and
 * one in-use port per subscription are unique keys, so two installations can
 * never share a port, whatever races.
 */
export const napPorts = pgTable(
  "nap_ports",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    napId: uuid("nap_id").notNull(),
    /** The box's splitter ratio, kept equal by the foreign key (on update cascade). */
    napRatio: integer("nap_ratio").notNull(),
    portNumber: integer("port_number").notNull(),
    state: text("state", { enum: NAP_PORT_STATES }).notNull().default("free"),
    subscriptionId: uuid("subscription_id"),
    note: text("note").notNull().default(""),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "nap_ports_nap_fk", columns: [t.tenantId, t.napId, t.napRatio], foreignColumns: [naps.tenantId, naps.id, naps.splitterRatio] })
      .onDelete("cascade")
      .onUpdate("cascade"),
    foreignKey({ name: "nap_ports_subscription_fk", columns: [t.tenantId, t.subscriptionId], foreignColumns: [subscriptions.tenantId, subscriptions.id] }).onDelete("restrict"),
    uniqueIndex("nap_ports_tenant_nap_port_key").on(t.tenantId, t.napId, t.portNumber),
    // A line is connected at one port, and holds at most one more in reserve (the port a relocation moves it to).
    uniqueIndex("nap_ports_tenant_subscription_in_use_key").on(t.tenantId, t.subscriptionId).where(sql`${t.state} = 'in_use'`),
    uniqueIndex("nap_ports_tenant_subscription_reserved_key").on(t.tenantId, t.subscriptionId).where(sql`${t.state} = 'reserved'`),
    check("nap_ports_number_within_ratio", sql`${t.portNumber} between 1 and ${t.napRatio}`),
    check("nap_ports_state_valid", sql`${t.state} in ('free', 'reserved', 'in_use', 'faulty')`),
    check("nap_ports_occupant_matches_state", sql`(${t.state} in ('reserved', 'in_use')) = (${t.subscriptionId} is not null)`),
    tenantIsolationPolicy(),
  ],
);

/** The tenant's optical budget for the loss check; no row means the defaults in lib/plant/loss-check.ts. */
export const plantSettings = pgTable(
  "plant_settings",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    /** Splitter insertion loss in dB by ratio ("2": 3.7, "4": 7.3, ...). */
    splitterLossDb: jsonb("splitter_loss_db").$type<Record<string, number>>().notNull(),
    fibreLossDbPerKm: doublePrecision("fibre_loss_db_per_km").notNull().default(0.35),
    connectorAllowanceDb: doublePrecision("connector_allowance_db").notNull().default(1.5),
    /** A reading this much worse than expected is flagged. */
    toleranceDb: doublePrecision("tolerance_db").notNull().default(3),
    /** A reading below this is flagged whatever was expected (the ONU's sensitivity with margin). */
    minimumRxDbm: doublePrecision("minimum_rx_dbm").notNull().default(-27),
    /** An outage longer than this many hours credits its subscribers for the days lost; null: no credits. */
    outageCreditAfterHours: integer("outage_credit_after_hours"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId] }),
    check("plant_settings_outage_credit_hours", sql`${t.outageCreditAfterHours} is null or ${t.outageCreditAfterHours} between 1 and 720`),
    tenantIsolationPolicy(),
  ],
);

export const DEVICE_KINDS = ["onu", "router"] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];
export const DEVICE_STATUSES = ["in_stock", "with_technician", "installed", "returned", "defective", "lost"] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

/** An ONU/ONT or router the ISP owns, and where it is now. */
export const devices = pgTable(
  "devices",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    kind: text("kind", { enum: DEVICE_KINDS }).notNull(),
    brand: text("brand").notNull().default(""),
    model: text("model").notNull().default(""),
    /** As printed on the label, upper case. */
    serialNumber: text("serial_number").notNull(),
    /** AA:BB:CC:DD:EE:FF, upper case; null when the device has none printed. */
    mac: text("mac"),
    status: text("status", { enum: DEVICE_STATUSES }).notNull().default("in_stock"),
    technicianId: uuid("technician_id"),
    subscriptionId: uuid("subscription_id"),
    /** Centavos. */
    purchaseCost: bigint("purchase_cost", { mode: "number" }),
    notes: text("notes").notNull().default(""),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "devices_technician_fk", columns: [t.tenantId, t.technicianId], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ name: "devices_subscription_fk", columns: [t.tenantId, t.subscriptionId], foreignColumns: [subscriptions.tenantId, subscriptions.id] }).onDelete("restrict"),
    uniqueIndex("devices_tenant_serial_key").on(t.tenantId, t.serialNumber),
    uniqueIndex("devices_tenant_mac_key").on(t.tenantId, t.mac).where(sql`${t.mac} is not null`),
    // One installed ONU and one installed router per line.
    uniqueIndex("devices_tenant_installed_key").on(t.tenantId, t.subscriptionId, t.kind).where(sql`${t.status} = 'installed'`),
    index("devices_tenant_status_idx").on(t.tenantId, t.status, t.kind),
    check("devices_kind_valid", sql`${t.kind} in ('onu', 'router')`),
    check("devices_status_valid", sql`${t.status} in ('in_stock', 'with_technician', 'installed', 'returned', 'defective', 'lost')`),
    check("devices_serial_format", sql`${t.serialNumber} ~ '^[A-Z0-9][A-Z0-9._/-]{2,39}$'`),
    check("devices_mac_format", sql`${t.mac} ~ '^([0-9A-F]{2}:){5}[0-9A-F]{2}$'`),
    check("devices_installed_has_line", sql`(${t.status} = 'installed') = (${t.subscriptionId} is not null)`),
    check("devices_with_technician_has_one", sql`${t.status} <> 'with_technician' or ${t.technicianId} is not null`),
    check("devices_cost_non_negative", sql`${t.purchaseCost} is null or ${t.purchaseCost} >= 0`),
    tenantIsolationPolicy(),
  ],
);

export const FIELD_JOB_KINDS = ["installation", "relocation", "port_swap", "device_swap", "pull_out"] as const;
export type FieldJobKind = (typeof FIELD_JOB_KINDS)[number];
export const FIELD_JOB_STATUSES = ["scheduled", "en_route", "on_site", "done", "failed", "cancelled"] as const;
export type FieldJobStatus = (typeof FIELD_JOB_STATUSES)[number];

/**
 * A visit to a subscriber's premises that changes the plant: install, move,
 * swap a port or a device, pull out. Completing one is one transaction that
 * moves ports, devices and the subscription together.
 */
export const fieldJobs = pgTable(
  "field_jobs",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    kind: text("kind", { enum: FIELD_JOB_KINDS }).notNull(),
    status: text("status", { enum: FIELD_JOB_STATUSES }).notNull().default("scheduled"),
    customerId: uuid("customer_id").notNull(),
    subscriptionId: uuid("subscription_id").notNull(),
    scheduledOn: date("scheduled_on").notNull(),
    technicianId: uuid("technician_id"),
    /** The port the job connects to (reserved for it while the job is open). */
    napPortId: uuid("nap_port_id"),
    /** The device the job installs. */
    deviceId: uuid("device_id"),
    /** What the job takes away (a relocation's or swap's old port and device, a pull-out's). */
    previousNapPortId: uuid("previous_nap_port_id"),
    previousDeviceId: uuid("previous_device_id"),
    // What the technician records on completion.
    premisesLatitude: doublePrecision("premises_latitude"),
    premisesLongitude: doublePrecision("premises_longitude"),
    dropLengthM: integer("drop_length_m"),
    rxPowerDbm: doublePrecision("rx_power_dbm"),
    /** The loss check's expectation at completion, kept so the flag can be explained later. */
    expectedRxDbm: doublePrecision("expected_rx_dbm"),
    /** Why the reading was flagged ("3.8 dB worse than expected"); null when it passed or was not taken. */
    signalFlag: text("signal_flag"),
    notes: text("notes").notNull().default(""),
    /** Why it was cancelled or failed. */
    reason: text("reason"),
    completedOn: date("completed_on"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    completedBy: uuid("completed_by"),
    createdBy: uuid("created_by"),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "field_jobs_customer_fk", columns: [t.tenantId, t.customerId], foreignColumns: [customers.tenantId, customers.id] }).onDelete("restrict"),
    foreignKey({ name: "field_jobs_subscription_fk", columns: [t.tenantId, t.subscriptionId], foreignColumns: [subscriptions.tenantId, subscriptions.id] }).onDelete("restrict"),
    foreignKey({ name: "field_jobs_technician_fk", columns: [t.tenantId, t.technicianId], foreignColumns: [users.tenantId, users.id] }),
    // Both port keys are ON DELETE SET NULL (the port column only) in migration 0027, by hand: drizzle-kit cannot express it.
    foreignKey({ name: "field_jobs_nap_port_fk", columns: [t.tenantId, t.napPortId], foreignColumns: [napPorts.tenantId, napPorts.id] }),
    foreignKey({ name: "field_jobs_device_fk", columns: [t.tenantId, t.deviceId], foreignColumns: [devices.tenantId, devices.id] }),
    foreignKey({ name: "field_jobs_previous_nap_port_fk", columns: [t.tenantId, t.previousNapPortId], foreignColumns: [napPorts.tenantId, napPorts.id] }),
    foreignKey({ name: "field_jobs_previous_device_fk", columns: [t.tenantId, t.previousDeviceId], foreignColumns: [devices.tenantId, devices.id] }),
    foreignKey({ name: "field_jobs_completed_by_fk", columns: [t.tenantId, t.completedBy], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ name: "field_jobs_created_by_fk", columns: [t.tenantId, t.createdBy], foreignColumns: [users.tenantId, users.id] }),
    // One open plant job per line at a time: two would fight over its port and device.
    uniqueIndex("field_jobs_open_per_subscription_key")
      .on(t.tenantId, t.subscriptionId)
      .where(sql`${t.status} in ('scheduled', 'en_route', 'on_site')`),
    // A device chosen for one open job cannot be promised to another.
    uniqueIndex("field_jobs_open_device_key")
      .on(t.tenantId, t.deviceId)
      .where(sql`${t.deviceId} is not null and ${t.status} in ('scheduled', 'en_route', 'on_site')`),
    index("field_jobs_tenant_status_date_idx").on(t.tenantId, t.status, t.scheduledOn),
    index("field_jobs_tenant_customer_idx").on(t.tenantId, t.customerId),
    index("field_jobs_tenant_nap_port_idx").on(t.tenantId, t.napPortId),
    check("field_jobs_kind_valid", sql`${t.kind} in ('installation', 'relocation', 'port_swap', 'device_swap', 'pull_out')`),
    check("field_jobs_status_valid", sql`${t.status} in ('scheduled', 'en_route', 'on_site', 'done', 'failed', 'cancelled')`),
    check("field_jobs_done_has_date", sql`${t.status} <> 'done' or (${t.completedOn} is not null and ${t.completedAt} is not null)`),
    check("field_jobs_readings_valid", sql`(${t.rxPowerDbm} is null or ${t.rxPowerDbm} between -50 and 10) and (${t.dropLengthM} is null or ${t.dropLengthM} between 0 and 5000)`),
    check(
      "field_jobs_premises_gps_valid",
      sql`(${t.premisesLatitude} is null) = (${t.premisesLongitude} is null) and (${t.premisesLatitude} is null or (${t.premisesLatitude} between -90 and 90 and ${t.premisesLongitude} between -180 and 180))`,
    ),
    tenantIsolationPolicy(),
  ],
);

/** Every move of a device (received, handed to a technician, installed, returned, written off), in order. */
export const deviceMovements = pgTable(
  "device_movements",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    deviceId: uuid("device_id").notNull(),
    fromStatus: text("from_status", { enum: DEVICE_STATUSES }),
    toStatus: text("to_status", { enum: DEVICE_STATUSES }).notNull(),
    technicianId: uuid("technician_id"),
    subscriptionId: uuid("subscription_id"),
    fieldJobId: uuid("field_job_id"),
    note: text("note").notNull().default(""),
    movedBy: uuid("moved_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "device_movements_device_fk", columns: [t.tenantId, t.deviceId], foreignColumns: [devices.tenantId, devices.id] }).onDelete("cascade"),
    foreignKey({ name: "device_movements_technician_fk", columns: [t.tenantId, t.technicianId], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ name: "device_movements_subscription_fk", columns: [t.tenantId, t.subscriptionId], foreignColumns: [subscriptions.tenantId, subscriptions.id] }),
    foreignKey({ name: "device_movements_field_job_fk", columns: [t.tenantId, t.fieldJobId], foreignColumns: [fieldJobs.tenantId, fieldJobs.id] }),
    foreignKey({ name: "device_movements_moved_by_fk", columns: [t.tenantId, t.movedBy], foreignColumns: [users.tenantId, users.id] }),
    index("device_movements_device_idx").on(t.tenantId, t.deviceId, t.createdAt),
    tenantIsolationPolicy(),
  ],
);
