import { foreignKey, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantIdColumn, tenantIsolationPolicy } from "./tenancy";
import { tenants } from "./tenants";
import { users } from "./staff";

/**
 * One row per submission of a form that creates money records (a payment, a
 * charge or credit, a void, a billing run), keyed by the key the form made
 * when it opened. Written in the action's own transaction, so the row exists
 * exactly when the action's work committed: a retry with the same key gets
 * the stored result back instead of doing the work twice.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    key: uuid("key").notNull(),
    /** Which action used the key ("payment.post"): a key is good for one action. */
    action: text("action").notNull(),
    /** A hash of who submitted what: the same key with other values is refused, not replayed. */
    fingerprint: text("fingerprint").notNull(),
    userId: uuid("user_id"),
    /** What the action returned, given back to a retry. */
    result: jsonb("result"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.key] }),
    foreignKey({ name: "idempotency_keys_user_fk", columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id] }),
    tenantIsolationPolicy(),
  ],
);
