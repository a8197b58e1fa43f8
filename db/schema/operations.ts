import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantIdColumn, tenantIsolationPolicy } from "./tenancy";
import { tenants } from "./tenants";
import { users } from "./staff";
import { customers, subscriptions } from "./subscribers";

export const WORK_ITEM_KINDS = ["disconnect", "reconnect"] as const;
export type WorkItemKind = (typeof WORK_ITEM_KINDS)[number];

/**
 * Field work that billing asks for: disconnect a suspended line, reconnect a
 * paid one. A technician marks it done; a reconnection resumes billing only
 * then, so the books and the street agree. One open item per line and kind.
 */
export const workItems = pgTable(
  "work_items",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    kind: text("kind", { enum: WORK_ITEM_KINDS }).notNull(),
    customerId: uuid("customer_id").notNull(),
    subscriptionId: uuid("subscription_id").notNull(),
    dueOn: date("due_on").notNull(),
    reason: text("reason").notNull(),
    status: text("status", { enum: ["open", "done", "cancelled"] }).notNull().default("open"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    doneBy: uuid("done_by"),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("work_items_open_key").on(t.tenantId, t.subscriptionId, t.kind).where(sql`${t.status} = 'open'`),
    foreignKey({ name: "work_items_customer_fk", columns: [t.tenantId, t.customerId], foreignColumns: [customers.tenantId, customers.id] }).onDelete("cascade"),
    foreignKey({ name: "work_items_subscription_fk", columns: [t.tenantId, t.subscriptionId], foreignColumns: [subscriptions.tenantId, subscriptions.id] }).onDelete("cascade"),
    foreignKey({ name: "work_items_done_by_fk", columns: [t.tenantId, t.doneBy], foreignColumns: [users.tenantId, users.id] }),
    index("work_items_tenant_status_due_idx").on(t.tenantId, t.status, t.dueOn),
    check("work_items_kind_valid", sql`${t.kind} in ('disconnect', 'reconnect')`),
    check("work_items_status_valid", sql`${t.status} in ('open', 'done', 'cancelled')`),
    check("work_items_done_has_time", sql`${t.status} <> 'done' or ${t.doneAt} is not null`),
    tenantIsolationPolicy(),
  ],
);

/** Each run of the daily pipeline for a tenant and date, with what each step did. */
export const jobRuns = pgTable(
  "job_runs",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    job: text("job").notNull().default("daily"),
    runDate: date("run_date").notNull(),
    trigger: text("trigger", { enum: ["schedule", "user", "cli", "seed"] }).notNull(),
    status: text("status", { enum: ["running", "done", "failed"] }).notNull().default("running"),
    /** Per step: what it did (counts), in order. */
    summary: jsonb("summary").$type<Record<string, Record<string, number>>>().notNull().default({}),
    error: text("error"),
    startedBy: uuid("started_by"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    /** The last sign of life of the process running it (each step, and a heartbeat between). */
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }).notNull().defaultNow(),
    /** A running run not heard from by then is taken as interrupted: its process is gone. */
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "job_runs_started_by_fk", columns: [t.tenantId, t.startedBy], foreignColumns: [users.tenantId, users.id] }),
    index("job_runs_tenant_date_idx").on(t.tenantId, t.runDate),
    tenantIsolationPolicy(),
  ],
);
