import { bigint, foreignKey, index, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { customers } from "./subscribers";
import { tenantIdColumn, tenantIsolationPolicy } from "./tenancy";
import { tenants } from "./tenants";

/**
 * Each customer's balance, kept by triggers (migration 0012) on every write to
 * invoices, payments, adjustments and billing settings, so the customer list
 * can show, sort and filter by it at 100,000 customers without reading the
 * ledger. It is always the ledger's sum (customerBalance in lib/billing):
 * invoices not void + charges not yet billed - credits not yet billed (those
 * two with the VAT a vat_exclusive seller will add) - posted payments. In
 * centavos; negative is the customer's credit. App code only reads it.
 */
export const customerBalances = pgTable(
  "customer_balances",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    customerId: uuid("customer_id").notNull(),
    balance: bigint("balance", { mode: "number" }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.customerId] }),
    foreignKey({ name: "customer_balances_customer_fk", columns: [t.tenantId, t.customerId], foreignColumns: [customers.tenantId, customers.id] }).onDelete("cascade"),
    // The list sorted by balance, and "owes money" (balance > 0), seek here.
    index("customer_balances_tenant_balance_idx").on(t.tenantId, t.balance, t.customerId),
    tenantIsolationPolicy(),
  ],
);
