import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { tenantIdColumn, tenantIsolationPolicy } from "./tenancy";
import { tenants } from "./tenants";

/** A named set of permissions from the catalogue in lib/permissions. */
export const roles = pgTable(
  "roles",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    permissions: text("permissions").array().notNull().default(sql`'{}'::text[]`),
    /** Where people in this role land after signing in ("/payments"); null: the dashboard. */
    landingPath: text("landing_path"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("roles_tenant_name_key").on(t.tenantId, t.name),
    check("roles_landing_path_format", sql`${t.landingPath} ~ '^/[a-z-]+$'`),
    tenantIsolationPolicy(),
  ],
);

/** Staff of one ISP. The owner holds every permission; everyone else holds one role. */
export const users = pgTable(
  "users",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    isTenantOwner: boolean("is_tenant_owner").notNull().default(false),
    roleId: uuid("role_id"),
    active: boolean("active").notNull().default(true),
    /**
     * Carried in the session token and compared on every request: raising it
     * ends every session of this user (sign-out, password change, fewer
     * permissions, deactivation), including a copied token.
     */
    sessionVersion: integer("session_version").notNull().default(0),
    /**
     * Set when the owner resets this user's password to a temporary one: until
     * the user chooses their own, every page sends them to /change-password and
     * every action and route refuses (lib/auth/session-state.ts).
     */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique("users_tenant_email_key").on(t.tenantId, t.email),
    foreignKey({
      name: "users_role_fk",
      columns: [t.tenantId, t.roleId],
      foreignColumns: [roles.tenantId, roles.id],
    }).onDelete("restrict"),
    index("users_tenant_role_idx").on(t.tenantId, t.roleId),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    check("users_role_unless_owner", sql`${t.isTenantOwner} or ${t.roleId} is not null`),
    tenantIsolationPolicy(),
  ],
);
