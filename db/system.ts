import { sql } from "drizzle-orm";
import { rowsOf } from "./rows";
import type { Database, JobsHandle, Tx } from "./types";
import { setTenantContext } from "./with-tenant";

/**
 * The only operations that cross tenants. Each calls one SECURITY DEFINER
 * function (db/migrations/0001_*, owned by fiberbill_definer since 0011):
 * those a request needs as the runtime role, those of the scheduler and the
 * workspace mail through the job role's handle. Nothing else in the app can
 * read another tenant's rows.
 */
export type TenantRef = { id: string; slug: string; name: string; timeZone: string; status: "active" | "suspended" };

type TenantRow = { id: string; slug: string; name: string; time_zone: string; status: "active" | "suspended" };

export async function resolveTenantBySlug(db: Database, slug: string): Promise<TenantRef | null> {
  const rows = rowsOf<TenantRow>(await db.execute(sql`select * from fiberbill_resolve_tenant(${slug})`));
  const row = rows[0];
  return row ? { id: row.id, slug: row.slug, name: row.name, timeZone: row.time_zone, status: row.status } : null;
}

export async function isSlugTaken(db: Database, slug: string): Promise<boolean> {
  const rows = rowsOf<{ taken: boolean }>(await db.execute(sql`select fiberbill_slug_taken(${slug}) as taken`));
  return rows[0]?.taken === true;
}

/** Creates the tenant row and sets the tenant context for the rest of `tx`. */
export async function createTenantRow(tx: Tx, input: { slug: string; name: string; timeZone?: string }): Promise<string> {
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`select fiberbill_create_tenant(${input.slug}, ${input.name}, ${input.timeZone ?? "Asia/Manila"}) as id`),
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("fiberbill_create_tenant returned no id");
  // The function set the context with set_config, which a distributed database
  // (Citus) keeps on the coordinator; SET LOCAL also reaches the workers where
  // the owner, roles and audit row of the new tenant are written.
  await setTenantContext(tx, id);
  return id;
}

/** The workspaces where an active user has this email (fiberbill_workspaces_for_email), for the workspace mail. */
export async function workspacesForEmail(jobs: JobsHandle, email: string): Promise<{ slug: string; name: string }[]> {
  return jobs(async (tx) => rowsOf<{ slug: string; name: string }>(await tx.execute(sql`select * from fiberbill_workspaces_for_email(${email})`)));
}

/** Active tenants with their time zones: what the daily schedule fans out over (fiberbill_active_tenants). */
export async function activeTenants(jobs: JobsHandle): Promise<{ id: string; slug: string; time_zone: string }[]> {
  return jobs(async (tx) => rowsOf<{ id: string; slug: string; time_zone: string }>(await tx.execute(sql`select * from fiberbill_active_tenants()`)));
}

/** Tenants with outbox messages due now (fiberbill_tenants_with_due_messages). */
export async function tenantsWithDueMessages(jobs: JobsHandle): Promise<string[]> {
  return jobs(async (tx) => rowsOf<{ id: string }>(await tx.execute(sql`select * from fiberbill_tenants_with_due_messages()`)).map((r) => r.id));
}
