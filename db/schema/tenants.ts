import { sql } from "drizzle-orm";
import { check, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { currentTenantId } from "./tenancy";

/**
 * One row per ISP company. Not a tenant table itself (it has no tenant_id):
 * the runtime role sees only the row of the current tenant; the few lookups
 * across tenants (subdomain, sign-up) go through SECURITY DEFINER functions.
 */
export const tenants = pgTable(
  "tenants",
  {
    id: uuid("id").primaryKey().default(sql`gen_random_uuid()`),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    timeZone: text("time_zone").notNull().default("Asia/Manila"),
    status: text("status", { enum: ["active", "suspended"] }).notNull().default("active"),
    /** When the owner hid the dashboard's setup checklist; null while it shows. */
    onboardingDismissedAt: timestamp("onboarding_dismissed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("tenants_slug_key").on(t.slug),
    check("tenants_slug_format", sql`${t.slug} ~ '^[a-z0-9]([a-z0-9-]{1,28}[a-z0-9])$'`),
    check("tenants_status_valid", sql`${t.status} in ('active', 'suspended')`),
    pgPolicy("tenant_self", {
      as: "permissive",
      for: "all",
      using: sql`id = ${currentTenantId}`,
      withCheck: sql`id = ${currentTenantId}`,
    }),
  ],
);
