import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantIdColumn, tenantIsolationPolicy } from "./tenancy";
import { tenants } from "./tenants";
import { customers } from "./subscribers";

/** One row per tenant: which channels are on and when reminders go out. */
export const notificationSettings = pgTable(
  "notification_settings",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    smsEnabled: boolean("sms_enabled").notNull().default(true),
    emailEnabled: boolean("email_enabled").notNull().default(true),
    /** The first due-date reminder goes out this many days before the due date (a second one on the day). */
    reminderDaysBefore: integer("reminder_days_before").notNull().default(3),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId] }),
    check("notification_settings_reminder_days", sql`${t.reminderDaysBefore} between 0 and 30`),
    tenantIsolationPolicy(),
  ],
);

export const TEMPLATE_KEYS = [
  "invoice_issued",
  "due_reminder",
  "due_today",
  "overdue",
  "late_fee",
  "suspended",
  "reconnection",
  "payment_received",
  "invoice_sent",
  "receipt_sent",
  "daily_summary",
  "outage",
  "service_restored",
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

/** A tenant's own wording of a message; without a row the built-in default is used. */
export const notificationTemplates = pgTable(
  "notification_templates",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    key: text("key", { enum: TEMPLATE_KEYS }).notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    smsEnabled: boolean("sms_enabled").notNull().default(true),
    emailEnabled: boolean("email_enabled").notNull().default(true),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] }), tenantIsolationPolicy()],
);

export const OUTBOX_STATUSES = ["queued", "sent", "failed", "logged"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * Every message the system sends, written in the same transaction as the
 * event that causes it, then delivered by the sender with retries. The
 * dedupe key (e.g. "due_reminder:<invoice id>") makes a message exist once
 * per channel however often the step that writes it runs.
 */
export const outboxMessages = pgTable(
  "outbox_messages",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    channel: text("channel", { enum: ["sms", "email"] }).notNull(),
    recipient: text("recipient").notNull(),
    customerId: uuid("customer_id"),
    templateKey: text("template_key").notNull(),
    subject: text("subject"),
    body: text("body").notNull(),
    dedupeKey: text("dedupe_key").notNull(),
    status: text("status", { enum: OUTBOX_STATUSES }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    providerRef: text("provider_ref"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("outbox_messages_dedupe_key").on(t.tenantId, t.channel, t.dedupeKey),
    foreignKey({ name: "outbox_messages_customer_fk", columns: [t.tenantId, t.customerId], foreignColumns: [customers.tenantId, customers.id] }),
    index("outbox_messages_tenant_due_idx").on(t.tenantId, t.status, t.nextAttemptAt),
    index("outbox_messages_tenant_created_idx").on(t.tenantId, t.createdAt),
    index("outbox_messages_tenant_customer_idx").on(t.tenantId, t.customerId),
    check("outbox_messages_channel_valid", sql`${t.channel} in ('sms', 'email')`),
    check("outbox_messages_status_valid", sql`${t.status} in ('queued', 'sent', 'failed', 'logged')`),
    tenantIsolationPolicy(),
  ],
);
