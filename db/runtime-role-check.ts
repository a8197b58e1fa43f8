import { sql } from "drizzle-orm";
import { rowsOf } from "./rows";
import type { Database } from "./types";

type RoleFacts = { role: string; superuser: boolean; bypassrls: boolean; owned_tables: number; member_of?: number };

/**
 * Refuses to go on when the runtime role could see past row-level security:
 * a superuser, a BYPASSRLS role or a table owner would make the wall a fiction.
 */
export async function assertRuntimeRoleIsWalled(db: Database): Promise<void> {
  const rows = await db.execute<RoleFacts>(sql`
    select current_user as role, r.rolsuper as superuser, r.rolbypassrls as bypassrls,
      (select count(*)::int from pg_tables t where t.tableowner = current_user and t.schemaname = 'public') as owned_tables,
      (select count(*)::int from pg_auth_members m where m.member = r.oid) as member_of
    from pg_roles r where r.rolname = current_user`);
  const facts = rowsOf<RoleFacts>(rows)[0];
  const problem = runtimeRoleProblem(facts);
  if (problem) {
    throw new Error(
      `FiberBill refuses to start: the runtime database role ${problem}. ` +
        "Connect requests as the non-owner role fiberbill_app (see DATABASE_APP_URL in README).",
    );
  }
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
