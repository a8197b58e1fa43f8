import { sql } from "drizzle-orm";
import { bigint, check, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { tenantIdColumn, tenantIsolationPolicy } from "./tenancy";
import { tenants } from "./tenants";

/**
 * Gapless document numbers, one row per tenant and series ("customer",
 * later "invoice", "receipt"). Advanced with UPDATE ... RETURNING inside the
 * transaction that uses the number: the row lock serialises concurrent
 * callers and a rollback gives the number back (sequences would skip it).
 */
export const counters = pgTable(
  "counters",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    series: text("series").notNull(),
    prefix: text("prefix").notNull().default(""),
    padding: integer("padding").notNull().default(6),
    nextValue: bigint("next_value", { mode: "number" }).notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.series] }),
    check("counters_next_value_positive", sql`${t.nextValue} >= 1`),
    check("counters_padding_range", sql`${t.padding} between 1 and 12`),
    tenantIsolationPolicy(),
  ],
);
