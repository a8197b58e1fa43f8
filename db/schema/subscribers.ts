import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tenantIdColumn, tenantIsolationPolicy } from "./tenancy";
import { tenants } from "./tenants";
import { users } from "./staff";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const barangays = pgTable(
  "barangays",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    name: text("name").notNull(),
    city: text("city").notNull(),
    province: text("province").notNull(),
    /** Philippine Standard Geographic Code, where known (10 digits since the 2023 PSGC). */
    psgcCode: text("psgc_code"),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("barangays_tenant_place_key").on(t.tenantId, sql`lower(${t.province})`, sql`lower(${t.city})`, sql`lower(${t.name})`),
    uniqueIndex("barangays_tenant_psgc_key").on(t.tenantId, t.psgcCode).where(sql`${t.psgcCode} is not null`),
    check("barangays_psgc_format", sql`${t.psgcCode} ~ '^[0-9]{9,10}$'`),
    tenantIsolationPolicy(),
  ],
);

export const PLAN_STATUSES = ["active", "archived"] as const;

export const plans = pgTable(
  "plans",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    name: text("name").notNull(),
    downloadMbps: integer("download_mbps").notNull(),
    uploadMbps: integer("upload_mbps").notNull(),
    /** Centavos. */
    monthlyFee: bigint("monthly_fee", { mode: "number" }).notNull(),
    /** Centavos. */
    installationFee: bigint("installation_fee", { mode: "number" }).notNull().default(0),
    description: text("description").notNull().default(""),
    status: text("status", { enum: PLAN_STATUSES }).notNull().default("active"),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("plans_tenant_name_key").on(t.tenantId, sql`lower(${t.name})`),
    check("plans_fees_non_negative", sql`${t.monthlyFee} >= 0 and ${t.installationFee} >= 0`),
    check("plans_speeds_positive", sql`${t.downloadMbps} > 0 and ${t.uploadMbps} > 0`),
    check("plans_status_valid", sql`${t.status} in ('active', 'archived')`),
    tenantIsolationPolicy(),
  ],
);

export const CUSTOMER_STATUSES = ["active", "suspended", "disconnected", "terminated"] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export const customers = pgTable(
  "customers",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    accountNo: text("account_no").notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    /** E.164, e.g. +639171234567. */
    mobile: text("mobile").notNull(),
    email: text("email"),
    addressLine: text("address_line").notNull().default(""),
    barangayId: uuid("barangay_id").notNull(),
    /** WGS 84 degrees; double precision so a bounding box is an index condition under row-level security (see plant.ts). */
    latitude: doublePrecision("latitude"),
    longitude: doublePrecision("longitude"),
    notes: text("notes").notNull().default(""),
    /** A business buyer's TIN, digits only: 9, or 9 and its branch code (printed on their invoices, RR 7-2024). "" when none. */
    tin: text("tin").notNull().default(""),
    status: text("status", { enum: CUSTOMER_STATUSES }).notNull().default("active"),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * What the list's search box matches (partial words): account number,
     * names, mobile in both +63 and 0 forms, address. Trigram-indexed.
     */
    searchText: text("search_text")
      .notNull()
      .generatedAlwaysAs(
        sql`lower(account_no || ' ' || first_name || ' ' || last_name || ' ' || mobile || ' 0' || substr(mobile, 4) || ' ' || address_line)`,
      ),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("customers_tenant_account_no_key").on(t.tenantId, t.accountNo),
    foreignKey({ name: "customers_barangay_fk", columns: [t.tenantId, t.barangayId], foreignColumns: [barangays.tenantId, barangays.id] }).onDelete("restrict"),
    // The list's sort orders, each ending in id so pages are stable.
    index("customers_tenant_name_idx").on(t.tenantId, t.lastName, t.firstName, t.id),
    // The map's bounding-box queries (a line without its own premises GPS is drawn at its customer's).
    index("customers_tenant_location_idx").on(t.tenantId, t.latitude, t.longitude),
    // The map's clusters at city zoom: every home of the tenant in id order, read from the index
    // alone and merged with subscriptions_tenant_at_home_idx (no heap visit for 100,000 rows).
    index("customers_tenant_id_location_idx").on(t.tenantId, t.id, t.latitude, t.longitude),
    index("customers_tenant_created_idx").on(t.tenantId, t.createdAt, t.id),
    index("customers_tenant_status_name_idx").on(t.tenantId, t.status, t.lastName, t.firstName, t.id),
    index("customers_tenant_barangay_name_idx").on(t.tenantId, t.barangayId, t.lastName, t.firstName, t.id),
    index("customers_tenant_search_trgm_idx").using("gin", t.tenantId, sql`${t.searchText} gin_trgm_ops`),
    check("customers_status_valid", sql`${t.status} in ('active', 'suspended', 'disconnected', 'terminated')`),
    check("customers_mobile_e164", sql`${t.mobile} ~ '^\\+639[0-9]{9}$'`),
    check("customers_tin_digits", sql`${t.tin} ~ '^([0-9]{9}([0-9]{3,5})?)?$'`),
    check("customers_latitude_range", sql`${t.latitude} between -90 and 90`),
    check("customers_longitude_range", sql`${t.longitude} between -180 and 180`),
    tenantIsolationPolicy(),
  ],
);

/** Every status change of a customer, with its reason and date. */
export const customerStatusHistory = pgTable(
  "customer_status_history",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    customerId: uuid("customer_id").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    reason: text("reason").notNull().default(""),
    effectiveDate: date("effective_date").notNull(),
    changedBy: uuid("changed_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "customer_status_history_customer_fk", columns: [t.tenantId, t.customerId], foreignColumns: [customers.tenantId, customers.id] }).onDelete("cascade"),
    foreignKey({ name: "customer_status_history_user_fk", columns: [t.tenantId, t.changedBy], foreignColumns: [users.tenantId, users.id] }),
    index("customer_status_history_customer_idx").on(t.tenantId, t.customerId, t.createdAt),
    tenantIsolationPolicy(),
  ],
);

export const SUBSCRIPTION_STATUSES = ["pending", "active", "suspended", "cancelled"] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const subscriptions = pgTable(
  "subscriptions",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    customerId: uuid("customer_id").notNull(),
    planId: uuid("plan_id").notNull(),
    status: text("status", { enum: SUBSCRIPTION_STATUSES }).notNull().default("pending"),
    /** The day service is meant to start (a pending subscription). */
    startDate: date("start_date").notNull(),
    activatedOn: date("activated_on"),
    cancelledOn: date("cancelled_on"),
    cancelReason: text("cancel_reason"),
    /** Why it is suspended: "nonpayment" lines are reconnected when the balance is paid, a customer's own hold is not. */
    suspensionCause: text("suspension_cause", { enum: ["nonpayment", "request"] }),
    /** Set when a paid-up line waits for a technician to reconnect it. */
    reconnectRequestedOn: date("reconnect_requested_on"),
    /**
     * A subscriber brought over from another billing system: the last day that
     * system already billed. FiberBill bills from the day after, without the
     * installation fee. Null: billed here from activation, with it.
     */
    billedElsewhereUntil: date("billed_elsewhere_until"),
    /** A second line at a shop, a branch: shown next to the plan. */
    label: text("label").notNull().default(""),
    /** Where the line is installed (WGS 84), recorded by the installation job's technician. */
    premisesLatitude: doublePrecision("premises_latitude"),
    premisesLongitude: doublePrecision("premises_longitude"),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    check(
      "subscriptions_premises_gps_valid",
      sql`(${t.premisesLatitude} is null) = (${t.premisesLongitude} is null) and (${t.premisesLatitude} is null or (${t.premisesLatitude} between -90 and 90 and ${t.premisesLongitude} between -180 and 180))`,
    ),
    foreignKey({ name: "subscriptions_customer_fk", columns: [t.tenantId, t.customerId], foreignColumns: [customers.tenantId, customers.id] }).onDelete("restrict"),
    foreignKey({ name: "subscriptions_plan_fk", columns: [t.tenantId, t.planId], foreignColumns: [plans.tenantId, plans.id] }).onDelete("restrict"),
    index("subscriptions_tenant_customer_idx").on(t.tenantId, t.customerId),
    // The map's lines (never the cancelled): at their premises GPS, or at their customer's home when they have none.
    index("subscriptions_tenant_premises_idx").on(t.tenantId, t.premisesLatitude, t.premisesLongitude).where(sql`${t.status} <> 'cancelled'`),
    index("subscriptions_tenant_at_home_idx").on(t.tenantId, t.customerId).where(sql`${t.premisesLatitude} is null and ${t.status} <> 'cancelled'`),
    index("subscriptions_tenant_plan_idx").on(t.tenantId, t.planId),
    index("subscriptions_tenant_status_idx").on(t.tenantId, t.status),
    check("subscriptions_status_valid", sql`${t.status} in ('pending', 'active', 'suspended', 'cancelled')`),
    check("subscriptions_dates_ordered", sql`${t.cancelledOn} is null or ${t.activatedOn} is null or ${t.cancelledOn} >= ${t.activatedOn}`),
    tenantIsolationPolicy(),
  ],
);

/** Status changes and plan changes of a subscription, in order: billing reads them to prorate. */
export const subscriptionEvents = pgTable(
  "subscription_events",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    subscriptionId: uuid("subscription_id").notNull(),
    kind: text("kind", { enum: ["created", "activated", "suspended", "resumed", "cancelled", "plan_changed"] }).notNull(),
    effectiveDate: date("effective_date").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    fromPlanId: uuid("from_plan_id"),
    toPlanId: uuid("to_plan_id"),
    reason: text("reason").notNull().default(""),
    changedBy: uuid("changed_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "subscription_events_subscription_fk", columns: [t.tenantId, t.subscriptionId], foreignColumns: [subscriptions.tenantId, subscriptions.id] }).onDelete("cascade"),
    foreignKey({ name: "subscription_events_from_plan_fk", columns: [t.tenantId, t.fromPlanId], foreignColumns: [plans.tenantId, plans.id] }),
    foreignKey({ name: "subscription_events_to_plan_fk", columns: [t.tenantId, t.toPlanId], foreignColumns: [plans.tenantId, plans.id] }),
    foreignKey({ name: "subscription_events_user_fk", columns: [t.tenantId, t.changedBy], foreignColumns: [users.tenantId, users.id] }),
    index("subscription_events_subscription_idx").on(t.tenantId, t.subscriptionId, t.effectiveDate),
    check(
      "subscription_events_kind_valid",
      sql`${t.kind} in ('created', 'activated', 'suspended', 'resumed', 'cancelled', 'plan_changed')`,
    ),
    tenantIsolationPolicy(),
  ],
);
