import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, boolean } from "drizzle-orm/pg-core";
import { tenantIdColumn, tenantIsolationPolicy } from "./tenancy";
import { tenants } from "./tenants";
import { users } from "./staff";
import { customers, subscriptions } from "./subscribers";
import { naps } from "./plant";
import { outages } from "./outages";

export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
export const TICKET_STATUSES = ["new", "open", "waiting_on_customer", "resolved", "closed"] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const TICKET_EVENT_KINDS = ["created", "note", "reply", "customer_reply", "status", "assign", "breach"] as const;
export type TicketEventKind = (typeof TICKET_EVENT_KINDS)[number];

/** One row per tenant: its business hours and holidays, and its SLA hours per priority (lib/tickets/sla.ts). */
export const ticketSettings = pgTable(
  "ticket_settings",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    businessHours: jsonb("business_hours").notNull(),
    slaTargets: jsonb("sla_targets").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId] }), tenantIsolationPolicy()],
);

/** What a ticket is about (no connection, slow, billing question...): the tenant's own list, in its order. */
export const ticketCategories = pgTable(
  "ticket_categories",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    name: text("name").notNull(),
    position: integer("position").notNull().default(0),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("ticket_categories_tenant_name_key").on(t.tenantId, sql`lower(${t.name})`),
    tenantIsolationPolicy(),
  ],
);

/**
 * A customer's problem or request, numbered gaplessly per tenant (the
 * counters row "ticket"), with its due times fixed from the SLA when opened.
 */
export const tickets = pgTable(
  "tickets",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    number: text("number").notNull(),
    customerId: uuid("customer_id").notNull(),
    subscriptionId: uuid("subscription_id"),
    napId: uuid("nap_id"),
    outageId: uuid("outage_id"),
    categoryId: uuid("category_id").notNull(),
    priority: text("priority", { enum: TICKET_PRIORITIES }).notNull().default("normal"),
    status: text("status", { enum: TICKET_STATUSES }).notNull().default("new"),
    assigneeId: uuid("assignee_id"),
    subject: text("subject").notNull(),
    firstResponseDueAt: timestamp("first_response_due_at", { withTimezone: true }).notNull(),
    resolutionDueAt: timestamp("resolution_due_at", { withTimezone: true }).notNull(),
    firstRespondedAt: timestamp("first_responded_at", { withTimezone: true }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** Why it was closed (fixed at the customer's end, plant repaired, no fault found...). */
    resolutionCode: text("resolution_code"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("tickets_tenant_number_key").on(t.tenantId, t.number),
    foreignKey({ name: "tickets_customer_fk", columns: [t.tenantId, t.customerId], foreignColumns: [customers.tenantId, customers.id] }).onDelete("restrict"),
    foreignKey({ name: "tickets_subscription_fk", columns: [t.tenantId, t.subscriptionId], foreignColumns: [subscriptions.tenantId, subscriptions.id] }),
    foreignKey({ name: "tickets_nap_fk", columns: [t.tenantId, t.napId], foreignColumns: [naps.tenantId, naps.id] }),
    foreignKey({ name: "tickets_outage_fk", columns: [t.tenantId, t.outageId], foreignColumns: [outages.tenantId, outages.id] }),
    foreignKey({ name: "tickets_category_fk", columns: [t.tenantId, t.categoryId], foreignColumns: [ticketCategories.tenantId, ticketCategories.id] }).onDelete("restrict"),
    foreignKey({ name: "tickets_assignee_fk", columns: [t.tenantId, t.assigneeId], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ name: "tickets_created_by_fk", columns: [t.tenantId, t.createdBy], foreignColumns: [users.tenantId, users.id] }),
    index("tickets_tenant_status_created_idx").on(t.tenantId, t.status, t.createdAt),
    index("tickets_tenant_assignee_status_idx").on(t.tenantId, t.assigneeId, t.status),
    index("tickets_tenant_customer_idx").on(t.tenantId, t.customerId, t.createdAt),
    index("tickets_tenant_resolution_due_idx").on(t.tenantId, t.resolutionDueAt).where(sql`${t.status} not in ('resolved', 'closed')`),
    check("tickets_priority_valid", sql`${t.priority} in ('low', 'normal', 'high', 'urgent')`),
    check("tickets_status_valid", sql`${t.status} in ('new', 'open', 'waiting_on_customer', 'resolved', 'closed')`),
    check("tickets_closed_has_code", sql`${t.status} <> 'closed' or ${t.resolutionCode} is not null`),
    tenantIsolationPolicy(),
  ],
);

/** A ticket's timeline: notes (staff only), replies, status changes, reassignments, SLA breaches. Append-only. */
export const ticketEvents = pgTable(
  "ticket_events",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    ticketId: uuid("ticket_id").notNull(),
    kind: text("kind", { enum: TICKET_EVENT_KINDS }).notNull(),
    body: text("body").notNull().default(""),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    authorId: uuid("author_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "ticket_events_ticket_fk", columns: [t.tenantId, t.ticketId], foreignColumns: [tickets.tenantId, tickets.id] }).onDelete("cascade"),
    foreignKey({ name: "ticket_events_author_fk", columns: [t.tenantId, t.authorId], foreignColumns: [users.tenantId, users.id] }),
    index("ticket_events_tenant_ticket_idx").on(t.tenantId, t.ticketId, t.createdAt),
    check("ticket_events_kind_valid", sql`${t.kind} in ('created', 'note', 'reply', 'customer_reply', 'status', 'assign', 'breach')`),
    tenantIsolationPolicy(),
  ],
);
