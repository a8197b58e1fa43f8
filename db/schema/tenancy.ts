import { sql } from "drizzle-orm";
import { pgPolicy, uuid } from "drizzle-orm/pg-core";

/**
 * The row-level-security predicate every tenant table shares. The sub-select
 * lets the planner evaluate the setting once per statement; `nullif` turns the
 * empty string a connection reports after a transaction-local value expires
 * into NULL, so a missing context matches no row instead of raising a cast error.
 */
export const currentTenantId = sql`(select nullif(current_setting('app.tenant_id', true), ''))::uuid`;

export const tenantIdColumn = () => uuid("tenant_id").notNull();

/** The policy every tenant table carries (RLS is enabled by drizzle-kit, forced by a custom migration). */
export const tenantIsolationPolicy = () =>
  pgPolicy("tenant_isolation", {
    as: "permissive",
    for: "all",
    using: sql`tenant_id = ${currentTenantId}`,
    withCheck: sql`tenant_id = ${currentTenantId}`,
  });
