import { sql } from "drizzle-orm";
import { APP_ROLE, JOBS_ROLE } from "./database-url";
import { rowsOf } from "./rows";
import type { Database, JobsHandle, Tx } from "./types";

type RoleFacts = { role: string; superuser: boolean; bypassrls: boolean; owned_tables: number; member_of?: number };

/** Which handle is checked: its role, and the setting that names its connection. */
const HANDLES = {
  runtime: { role: APP_ROLE, setting: "DATABASE_APP_URL" },
  job: { role: JOBS_ROLE, setting: "DATABASE_JOBS_URL" },
} as const;
type HandleKind = keyof typeof HANDLES;

/**
 * Refuses to go on when a role the app connects as could see past row-level
 * security: a superuser, a BYPASSRLS role or a table owner would make the wall
 * a fiction.
 */
export async function assertRuntimeRoleIsWalled(db: Database | Tx, kind: HandleKind = "runtime"): Promise<void> {
  const rows = await db.execute<RoleFacts>(sql`
    select current_user as role, r.rolsuper as superuser, r.rolbypassrls as bypassrls,
      (select count(*)::int from pg_tables t where t.tableowner = current_user and t.schemaname = 'public') as owned_tables,
      (select count(*)::int from pg_auth_members m where m.member = r.oid) as member_of
    from pg_roles r where r.rolname = current_user`);
  const facts = rowsOf<RoleFacts>(rows)[0];
  const problem = runtimeRoleProblem(facts);
  if (problem) {
    const { role, setting } = HANDLES[kind];
    throw new Error(
      `FiberBill refuses to start: the ${kind} database role ${problem}. ` +
        `Connect it as the non-owner role ${role} (see ${setting} in README).`,
    );
  }
}

/** Both roles the app connects as: the runtime role of requests and the job role of the scheduler. */
export async function assertDatabaseRolesAreWalled(conn: { app: Database; jobs: JobsHandle }): Promise<void> {
  await assertRuntimeRoleIsWalled(conn.app, "runtime");
  await conn.jobs((tx) => assertRuntimeRoleIsWalled(tx, "job"));
}

export function runtimeRoleProblem(facts: RoleFacts | undefined): string | null {
  if (!facts) return "could not be inspected";
  if (facts.superuser) return `"${facts.role}" is a superuser`;
  if (facts.bypassrls) return `"${facts.role}" has BYPASSRLS`;
  if (facts.owned_tables > 0) return `"${facts.role}" owns ${facts.owned_tables} table(s)`;
  // Membership would let it SET ROLE to a role that can see past the wall.
  if ((facts.member_of ?? 0) > 0) return `"${facts.role}" is a member of ${facts.member_of} other role(s)`;
  return null;
}
