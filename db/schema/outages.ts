import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantIdColumn, tenantIsolationPolicy } from "./tenancy";
import { tenants } from "./tenants";
import { users } from "./staff";
import { barangays, customers, subscriptions } from "./subscribers";
import { lcps, naps, ponPorts } from "./plant";

export const OUTAGE_TARGET_KINDS = ["pon_port", "lcp", "nap"] as const;
export type OutageTargetKind = (typeof OUTAGE_TARGET_KINDS)[number];

/**
 * A part of the plant that stopped carrying light: a PON port, an LCP or a
 * NAP. Who it cut off is written down when it is declared (outage_naps and
 * outage_subscriptions), so its history stays true after the plant changes.
 */
export const outages = pgTable(
  "outages",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    /** "OUT-0001", gapless per tenant (the counters row "outage"). */
    number: text("number").notNull(),
    targetKind: text("target_kind", { enum: OUTAGE_TARGET_KINDS }).notNull(),
    ponPortId: uuid("pon_port_id"),
    lcpId: uuid("lcp_id"),
    napId: uuid("nap_id"),
    /** What the target was called when declared ("NAP-0012", "CDO Main OLT 0/1/2"). */
    targetLabel: text("target_label").notNull(),
    cause: text("cause").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    expectedRestorationAt: timestamp("expected_restoration_at", { withTimezone: true }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolution: text("resolution").notNull().default(""),
    declaredBy: uuid("declared_by"),
    resolvedBy: uuid("resolved_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("outages_tenant_number_key").on(t.tenantId, t.number),
    foreignKey({ name: "outages_pon_port_fk", columns: [t.tenantId, t.ponPortId], foreignColumns: [ponPorts.tenantId, ponPorts.id] }).onDelete("set null"),
    foreignKey({ name: "outages_lcp_fk", columns: [t.tenantId, t.lcpId], foreignColumns: [lcps.tenantId, lcps.id] }).onDelete("set null"),
    foreignKey({ name: "outages_nap_fk", columns: [t.tenantId, t.napId], foreignColumns: [naps.tenantId, naps.id] }).onDelete("set null"),
    foreignKey({ name: "outages_declared_by_fk", columns: [t.tenantId, t.declaredBy], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ name: "outages_resolved_by_fk", columns: [t.tenantId, t.resolvedBy], foreignColumns: [users.tenantId, users.id] }),
    index("outages_tenant_started_idx").on(t.tenantId, t.startedAt),
    // One open outage per piece of plant: declaring it twice is refused, not doubled.
    uniqueIndex("outages_tenant_open_pon_port_key").on(t.tenantId, t.ponPortId).where(sql`${t.resolvedAt} is null and ${t.ponPortId} is not null`),
    uniqueIndex("outages_tenant_open_lcp_key").on(t.tenantId, t.lcpId).where(sql`${t.resolvedAt} is null and ${t.lcpId} is not null`),
    uniqueIndex("outages_tenant_open_nap_key").on(t.tenantId, t.napId).where(sql`${t.resolvedAt} is null and ${t.napId} is not null`),
    check("outages_target_kind_valid", sql`${t.targetKind} in ('pon_port', 'lcp', 'nap')`),
    check("outages_resolved_after_start", sql`${t.resolvedAt} is null or ${t.resolvedAt} >= ${t.startedAt}`),
    tenantIsolationPolicy(),
  ],
);

/** The NAPs an outage cut off, with the barangay each stood in then (history per NAP and per barangay). */
export const outageNaps = pgTable(
  "outage_naps",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    outageId: uuid("outage_id").notNull(),
    napId: uuid("nap_id").notNull(),
    barangayId: uuid("barangay_id"),
    /** Lines connected at the box when the outage was declared. */
    subscribers: integer("subscribers").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.outageId, t.napId] }),
    foreignKey({ name: "outage_naps_outage_fk", columns: [t.tenantId, t.outageId], foreignColumns: [outages.tenantId, outages.id] }).onDelete("cascade"),
    // A NAP with outage history is kept (deleting it would rewrite who past outages cut off and credited).
    foreignKey({ name: "outage_naps_nap_fk", columns: [t.tenantId, t.napId], foreignColumns: [naps.tenantId, naps.id] }).onDelete("restrict"),
    foreignKey({ name: "outage_naps_barangay_fk", columns: [t.tenantId, t.barangayId], foreignColumns: [barangays.tenantId, barangays.id] }).onDelete("set null"),
    index("outage_naps_tenant_nap_idx").on(t.tenantId, t.napId),
    index("outage_naps_tenant_barangay_idx").on(t.tenantId, t.barangayId),
    tenantIsolationPolicy(),
  ],
);

/** The lines an outage cut off: who is told, highlighted and credited. */
export const outageSubscriptions = pgTable(
  "outage_subscriptions",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    outageId: uuid("outage_id").notNull(),
    subscriptionId: uuid("subscription_id").notNull(),
    customerId: uuid("customer_id").notNull(),
    napId: uuid("nap_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.outageId, t.subscriptionId] }),
    foreignKey({ name: "outage_subscriptions_outage_fk", columns: [t.tenantId, t.outageId], foreignColumns: [outages.tenantId, outages.id] }).onDelete("cascade"),
    foreignKey({ name: "outage_subscriptions_subscription_fk", columns: [t.tenantId, t.subscriptionId], foreignColumns: [subscriptions.tenantId, subscriptions.id] }).onDelete("cascade"),
    foreignKey({ name: "outage_subscriptions_customer_fk", columns: [t.tenantId, t.customerId], foreignColumns: [customers.tenantId, customers.id] }).onDelete("cascade"),
    foreignKey({ name: "outage_subscriptions_nap_fk", columns: [t.tenantId, t.napId], foreignColumns: [naps.tenantId, naps.id] }).onDelete("restrict"),
    index("outage_subscriptions_tenant_subscription_idx").on(t.tenantId, t.subscriptionId),
    tenantIsolationPolicy(),
  ],
);
