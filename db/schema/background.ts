import { sql } from "drizzle-orm";
import { check, customType, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantIdColumn, tenantIsolationPolicy } from "./tenancy";
import { tenants } from "./tenants";
import { users } from "./staff";

/** Raw bytes: a finished job's file (a batch PDF), kept until it is pruned. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export const BACKGROUND_JOB_KINDS = ["invoice_batch_pdf", "customer_import", "billing_run"] as const;
export type BackgroundJobKind = (typeof BACKGROUND_JOB_KINDS)[number];
export const BACKGROUND_JOB_STATUSES = ["queued", "running", "done", "failed"] as const;
export type BackgroundJobStatus = (typeof BACKGROUND_JOB_STATUSES)[number];

/**
 * Work that takes longer than a request should (a run's batch PDF, a large
 * import, a large billing run): the request records it here, a runner does it
 * (an Inngest step, or the in-process queue), and the page polls `done` of
 * `total` until the row says done (with its file or result) or failed.
 */
export const backgroundJobs = pgTable(
  "background_jobs",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    kind: text("kind", { enum: BACKGROUND_JOB_KINDS }).notNull(),
    /** What the job is about (the billing run of a batch PDF); null when it is about nothing yet. */
    subjectId: uuid("subject_id"),
    status: text("status", { enum: BACKGROUND_JOB_STATUSES }).notNull().default("queued"),
    /** What the job was asked to do (validated by the action that queued it). */
    input: jsonb("input").$type<Record<string, unknown>>().notNull().default({}),
    done: integer("done").notNull().default(0),
    total: integer("total").notNull().default(0),
    /** What the page shows when it is done (counts, a link). */
    result: jsonb("result").$type<Record<string, unknown>>(),
    /** A sentence for the user when it failed; never a stack trace. */
    error: text("error"),
    file: bytea("file"),
    fileName: text("file_name"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    /** A running job not heard from by then is taken as interrupted: its process is gone. */
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "background_jobs_created_by_fk", columns: [t.tenantId, t.createdBy], foreignColumns: [users.tenantId, users.id] }),
    index("background_jobs_tenant_subject_idx").on(t.tenantId, t.kind, t.subjectId, t.createdAt),
    check("background_jobs_kind_valid", sql`${t.kind} in ('invoice_batch_pdf', 'customer_import', 'billing_run')`),
    check("background_jobs_status_valid", sql`${t.status} in ('queued', 'running', 'done', 'failed')`),
    check("background_jobs_progress_valid", sql`${t.done} >= 0 and ${t.total} >= 0`),
    tenantIsolationPolicy(),
  ],
);
