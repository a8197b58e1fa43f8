import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRoleAction, updateRoleAction } from "@/app/(tenant)/t/[tenant]/(app)/settings/roles/actions";
import { changeStaffRoleAction, setStaffActiveAction } from "@/app/(tenant)/t/[tenant]/(app)/settings/staff/actions";
import { resolveTenantBySlug } from "@/db/system";
import { withTenantOn } from "@/db/with-tenant";
import { endSessionsOfToken, endUserSessions } from "@/lib/auth/sessions";
import { loadSessionState } from "@/lib/auth/session-state";
import { currentSessionVersion, form, requestAs } from "../support/actions";
import { backends, type TestDatabase } from "../support/databases";
import { rows } from "../support/sql";
import { addStaff, roleIdOf, signUp, type TestTenant } from "../support/tenants";

/**
 * Ending sessions (ASVS 7.4.1): every token carries its user's session
 * version, and a raised version refuses every token issued before, wherever
 * it was copied to. Read the way every request reads it, through the runtime
 * role and fiberbill_session_user.
 */
describe.each(backends)("ending sessions on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let cashier: string;
  let support: string;
  let bCashier: string;

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "sessions-a");
    b = await signUp(db.app, "sessions-b");
    cashier = await addStaff(db.app, a, "cashier@sessions-a.test", "Cashier");
    support = await addStaff(db.app, a, "support@sessions-a.test", "Support");
    bCashier = await addStaff(db.app, b, "cashier@sessions-b.test", "Cashier");
  });
  afterAll(() => db?.drop());

  /** A token as sign-in writes it, issued now. */
  const tokenOf = async (t: TestTenant, userId: string) => ({ sub: userId, tenantId: t.tenantId, tenantSlug: t.slug, sv: await currentSessionVersion(db.app, t, userId) });
  const stateWith = async (t: TestTenant, token: { sub: string; sv: number }) =>
    (await loadSessionState(db.app, await resolveTenantBySlug(db.app, t.slug), { userId: token.sub, tenantId: t.tenantId, tenantSlug: t.slug, sessionVersion: token.sv })).state;
  const versions = async (t: TestTenant) =>
    Object.fromEntries(
      (await withTenantOn(db.app, t.tenantId, (tx) => rows<{ id: string; v: number }>(tx, sql`select id::text, session_version as v from users`))).map((r) => [r.id, r.v]),
    );
  const roleId = (t: TestTenant, name: string) => withTenantOn(db.app, t.tenantId, (tx) => roleIdOf(tx, name));

  it("refuses a token of a signed-out user, and a stale token cannot sign anyone out again", async () => {
    const before = await tokenOf(a, cashier);
    const otherDevice = await tokenOf(a, cashier);
    expect(await stateWith(a, before)).toBe("signed-in");

    // What Auth.js's signOut event does with the token it clears.
    expect(await endSessionsOfToken(db.app, before)).toBe(true);
    expect(await stateWith(a, before)).toBe("signed-out");
    expect(await stateWith(a, otherDevice)).toBe("signed-out");
    // The user signs in again; a copy of the old token then tries to end that session too.
    const fresh = await tokenOf(a, cashier);
    expect(fresh.sv).toBe(before.sv + 1);
    expect(await endSessionsOfToken(db.app, before)).toBe(false);
    expect(await stateWith(a, fresh)).toBe("signed-in");
    // Every server action refuses the old token: it is the session state they all check.
    const stale = await createRoleAction.runWith(await requestAs(db.app, a, a.ownerId, a, (await tokenOf(a, a.ownerId)).sv - 1), form({ name: "Stale", permissions: [] }));
    expect(stale).toMatchObject({ ok: false, error: "Your session has ended. Please sign in again." });
  });

  it("ignores tokens that cannot be a session's: no version, another tenant's user, not a uuid", async () => {
    const v = await versions(b);
    expect(await endSessionsOfToken(db.app, { sub: cashier, tenantId: a.tenantId })).toBe(false);
    // B's cashier named under tenant A: row-level security finds no such user.
    expect(await endSessionsOfToken(db.app, { sub: bCashier, tenantId: a.tenantId, sv: v[bCashier]! })).toBe(false);
    expect(await endSessionsOfToken(db.app, { sub: "x", tenantId: a.tenantId, sv: 0 })).toBe(false);
    expect(await endSessionsOfToken(db.app, null)).toBe(false);
    expect(await versions(b)).toEqual(v);
  });

  it("ends a user's sessions with endUserSessions (password change and reset call it)", async () => {
    const token = await tokenOf(a, support);
    await withTenantOn(db.app, a.tenantId, (tx) => endUserSessions(tx, { userId: support }));
    expect(await stateWith(a, token)).toBe("signed-out");
  });

  it("ends the sessions of a staff member moved to a role with fewer permissions, not to one with more", async () => {
    const owner = () => requestAs(db.app, a, a.ownerId);
    const asCashier = await tokenOf(a, cashier);
    // Cashier -> Administrator: every permission kept, the session goes on.
    expect(await changeStaffRoleAction.runWith(await owner(), form({ id: cashier, roleId: await roleId(a, "Administrator") }))).toMatchObject({ ok: true });
    expect(await stateWith(a, asCashier)).toBe("signed-in");
    // Administrator -> Cashier: fewer permissions, signed out.
    const asAdmin = await tokenOf(a, cashier);
    expect(await changeStaffRoleAction.runWith(await owner(), form({ id: cashier, roleId: await roleId(a, "Cashier") }))).toMatchObject({ ok: true });
    expect(await stateWith(a, asAdmin)).toBe("signed-out");
  });

  it("ends the sessions of everyone holding a role whose permissions are cut, in this tenant only", async () => {
    const owner = () => requestAs(db.app, a, a.ownerId);
    const cashierRole = await roleId(a, "Cashier");
    const tokens = { cashier: await tokenOf(a, cashier), support: await tokenOf(a, support), owner: await tokenOf(a, a.ownerId) };
    const bBefore = await versions(b);
    const edit = async (permissions: string[]) => updateRoleAction.runWith(await owner(), form({ id: cashierRole, name: "Cashier", description: "", permissions }));

    // A permission added: nobody is signed out.
    expect(await edit(["customers.view", "billing.view", "payments.view", "payments.create", "payments.void"])).toMatchObject({ ok: true });
    expect(await stateWith(a, tokens.cashier)).toBe("signed-in");
    // One taken away: the cashier is, the Support holder and the owner are not, nor anyone at B (whose Cashier role is its own).
    expect(await edit(["customers.view", "billing.view", "payments.view"])).toMatchObject({ ok: true });
    expect(await stateWith(a, tokens.cashier)).toBe("signed-out");
    expect(await stateWith(a, tokens.support)).toBe("signed-in");
    expect(await stateWith(a, tokens.owner)).toBe("signed-in");
    expect(await versions(b)).toEqual(bBefore);
  });

  it("ends the sessions of a deactivated user, and reactivation does not bring them back", async () => {
    const owner = () => requestAs(db.app, a, a.ownerId);
    const token = await tokenOf(a, support);
    expect(await setStaffActiveAction.runWith(await owner(), form({ id: support, active: "false" }))).toMatchObject({ ok: true });
    // Told why (the sign-in page shows it), but signed in nowhere.
    expect(await stateWith(a, token)).toBe("deactivated");
    expect(await setStaffActiveAction.runWith(await owner(), form({ id: support, active: "true" }))).toMatchObject({ ok: true });
    expect(await stateWith(a, token)).toBe("signed-out");
    expect(await stateWith(a, await tokenOf(a, support))).toBe("signed-in");
  });
});
