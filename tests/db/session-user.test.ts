import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSessionUser } from "@/db/queries/users";
import { resolveTenantBySlug } from "@/db/system";
import type { Database } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { loadSessionState } from "@/lib/auth/session-state";
import { currentSessionVersion } from "../support/actions";
import { backends, type TestDatabase } from "../support/databases";
import { one } from "../support/sql";
import { addStaff, signUp, type TestTenant } from "../support/tenants";

/**
 * Who is signed in, read the way every page reads it: one call of
 * fiberbill_session_user on the runtime role, under row-level security.
 */
describe.each(backends)("the session's user on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let cashier: string;

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "session-a");
    b = await signUp(db.app, "session-b");
    cashier = await addStaff(db.app, a, "cashier@session-a.test", "Cashier");
  });
  afterAll(() => db?.drop());

  // A token issued now: it carries the user's current session version.
  const stateFor = async (tenant: TestTenant, userId: string, claimedTenant: TestTenant = tenant) =>
    loadSessionState(db.app, await resolveTenantBySlug(db.app, tenant.slug), {
      userId,
      tenantId: claimedTenant.tenantId,
      tenantSlug: claimedTenant.slug,
      sessionVersion: await currentSessionVersion(db.app, claimedTenant, userId),
    });

  it("reads the user and their role's permissions", async () => {
    const s = await stateFor(a, cashier);
    expect(s.state).toBe("signed-in");
    if (s.state !== "signed-in") return;
    expect(s.user).toMatchObject({ id: cashier, email: "cashier@session-a.test", isTenantOwner: false, active: true, roleName: "Cashier" });
    expect(s.user.permissions).toContain("payments.create");
    expect(s.user.permissions).not.toContain("users.manage");
    const owner = await stateFor(a, a.ownerId);
    expect(owner.state === "signed-in" && owner.user.isTenantOwner).toBe(true);
  });

  it("finds no user of another tenant, even when the session names this tenant", async () => {
    // B's owner id presented with A's tenant claims: row-level security hides the row.
    expect((await stateFor(a, b.ownerId, a)).state).toBe("signed-out");
    // A session of tenant B on A's subdomain.
    expect(await stateFor(a, b.ownerId, b)).toEqual({ state: "other-tenant", tenantSlug: b.slug });
    // Not a user id at all.
    expect((await stateFor(a, "not-a-uuid")).state).toBe("signed-out");
  });

  it("sees a deactivation at the next request", async () => {
    await withTenantOn(db.app, a.tenantId, (tx) => tx.execute(sql`update users set active = false where id = ${cashier}::uuid`));
    expect((await stateFor(a, cashier)).state).toBe("deactivated");
    await withTenantOn(db.app, a.tenantId, (tx) => tx.execute(sql`update users set active = true where id = ${cashier}::uuid`));
    expect((await stateFor(a, cashier)).state).toBe("signed-in");
  });

  it("inside another tenant's transaction, leaves that transaction's tenant as it was", async () => {
    const seen = await withTenantOn(db.app, b.tenantId, async (tx) => {
      // A transaction is a Database to the type system; the function must not switch it to tenant A.
      const user = await getSessionUser(tx as unknown as Database, { tenantId: a.tenantId, userId: cashier });
      const after = await one<{ tenant: string }>(tx, sql`select current_setting('app.tenant_id', true) as tenant`);
      const users = await one<{ n: number; mine: number }>(tx, sql`select count(*)::int as n, count(*) filter (where tenant_id = ${b.tenantId}::uuid)::int as mine from users`);
      return { user, after: after.tenant, users };
    });
    expect(seen.user?.id).toBe(cashier);
    expect(seen.after).toBe(b.tenantId);
    expect(seen.users.n).toBe(seen.users.mine);
  });

  it("leaves no tenant context behind on the connection", async () => {
    await stateFor(a, cashier);
    // PGlite is one connection, so this is the very session the function ran on.
    const after = await one<{ tenant: string | null }>(db.app, sql`select nullif(current_setting('app.tenant_id', true), '') as tenant`);
    expect(after.tenant).toBeNull();
    const seen = await one<{ n: number }>(db.app, sql`select count(*)::int as n from users`);
    expect(seen.n).toBe(0);
  });
});
