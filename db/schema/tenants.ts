import { sql } from "drizzle-orm";
import { check, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { currentTenantId } from "./tenancy";

/**
 * Subdomains the database refuses, the same list as RESERVED_SUBDOMAINS in
 * lib/tenancy/subdomain.ts (db/ does not import lib/; tests/db/tenant-names
 * proves the two lists agree in both directions). Adding a name here takes a
 * migration (npm run db:generate) and fails on a database where a tenant
 * already has it.
 */
const RESERVED_SLUGS = [
  "www", "app", "api", "admin", "administrator", "auth", "login", "logout", "signin", "signup", "register",
  "account", "accounts", "billing", "pay", "payments", "help", "support", "status", "docs", "blog", "news",
  "mail", "email", "smtp", "imap", "pop", "ftp", "ns1", "ns2", "dns", "cdn", "static", "assets", "media",
  "files", "dashboard", "console", "portal", "root", "system", "internal", "staff", "test", "staging",
  "dev", "localhost", "fiberbill", "inngest", "webhooks", "security", "abuse", "postmaster", "hostmaster",
];

/**
 * One row per ISP company. Not a tenant table itself (it has no tenant_id):
 * the runtime role sees only the row of the current tenant; the few lookups
 * across tenants (subdomain, sign-up) go through SECURITY DEFINER functions.
 * The database refuses what sign-up refuses (a slug's format, a reserved
 * slug) and a second tenant with the same name, whatever its case or the
 * spaces around it. The owner of those functions, fiberbill_definer, reads
 * every row through its own policy `definer_read` (migration 0011, like its
 * policies on users, customers and outbox_messages).
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
    check("tenants_slug_no_double_hyphen", sql`position('--' in ${t.slug}) = 0`),
    check("tenants_slug_not_reserved", sql`${t.slug} <> all (array[${sql.raw(RESERVED_SLUGS.map((s) => `'${s}'`).join(", "))}]::text[])`),
    // "Demo Fiber", "demo fiber " and "DEMO FIBER" are one name: a second ISP may not sign up as the first.
    uniqueIndex("tenants_name_key").on(sql`lower(btrim(${t.name}))`),
    check("tenants_status_valid", sql`${t.status} in ('active', 'suspended')`),
    pgPolicy("tenant_self", {
      as: "permissive",
      for: "all",
      using: sql`id = ${currentTenantId}`,
      withCheck: sql`id = ${currentTenantId}`,
    }),
  ],
);
