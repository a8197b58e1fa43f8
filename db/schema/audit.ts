import { sql } from "drizzle-orm";
import { foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantIdColumn, tenantIsolationPolicy } from "./tenancy";
import { tenants } from "./tenants";
import { users } from "./staff";

export type AuditChanges = { before?: Record<string, unknown>; after?: Record<string, unknown> };

/**
 * Append-only: the runtime role is granted SELECT and INSERT only, and a
 * trigger refuses UPDATE and DELETE for everyone (see the custom migration).
 */
export const auditLog = pgTable(
  "audit_log",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    userId: uuid("user_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    changes: jsonb("changes").$type<AuditChanges>().notNull().default(sql`'{}'::jsonb`),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "audit_log_user_fk",
      columns: [t.tenantId, t.userId],
      foreignColumns: [users.tenantId, users.id],
    }),
    index("audit_log_tenant_created_idx").on(t.tenantId, t.createdAt.desc()),
    index("audit_log_tenant_entity_idx").on(t.tenantId, t.entityType, t.entityId),
    index("audit_log_tenant_user_idx").on(t.tenantId, t.userId, t.createdAt.desc()),
    tenantIsolationPolicy(),
  ],
);
