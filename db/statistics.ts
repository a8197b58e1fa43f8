import { sql } from "drizzle-orm";
import type { Database } from "./types";

/** What a customer import writes. */
export const SUBSCRIBER_TABLES = ["customers", "customer_status_history", "subscriptions", "subscription_events", "barangays"] as const;
/** What the demo seed writes besides: its billing, payments and field work. */
export const BILLING_TABLES = ["invoices", "invoice_lines", "payments", "payment_allocations", "adjustments", "work_items", "outbox_messages"] as const;
/** The fiber plant and equipment: what a plant import and the plant seeds write. */
export const PLANT_TABLES = ["olts", "pon_ports", "lcps", "naps", "nap_ports", "devices", "device_movements", "field_jobs"] as const;

/**
 * Analyzes the given tables (fiberbill_refresh_statistics, migration 0010),
 * so the planner knows their size after a bulk write instead of guessing a
 * row or two per tenant. Call it outside the writing transaction, after commit.
 */
export async function refreshStatistics(db: Database, tables: readonly string[]): Promise<void> {
  const list = sql.join(
    tables.map((t) => sql`${t}`),
    sql`, `,
  );
  await db.execute(sql`select fiberbill_refresh_statistics(array[${list}]::text[])`);
}
