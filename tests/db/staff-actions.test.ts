import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { createRoleAction, deleteRoleAction } from "@/app/(tenant)/t/[tenant]/(app)/settings/roles/actions";
import { addStaffAction, setStaffActiveAction } from "@/app/(tenant)/t/[tenant]/(app)/settings/staff/actions";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { addStaff, signUp, type TestTenant } from "../support/tenants";

/** The server actions end to end below Next.js: permission, validation, tenant wall, audit. */
describe.each(backends)("staff and role actions on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let cashierA: string;
  const auditCount = (t: TestTenant, action: string) =>
    withTenantOn(db.app, t.tenantId, async (tx) =>
      rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from audit_log where action = ${action}`))[0]!.n,
    );

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "act-alpha");
    b = await signUp(db.app, "act-bravo");
    cashierA = await addStaff(db.app, a, "cashier@act-alpha.test", "Cashier");
  });
  afterAll(async () => db?.drop());

  it("lets the owner create a role, with an audit row", async () => {
    const result = await createRoleAction.runWith(await requestAs(db.app, a, a.ownerId), form({ name: "Collector", permissions: ["payments.create"] }));
    expect(result.ok).toBe(true);
    expect(await auditCount(a, "role.create")).toBe(1);
  });

  it("returns field errors for bad input and changes nothing", async () => {
    const result = await createRoleAction.runWith(await requestAs(db.app, a, a.ownerId), form({ name: "x", permissions: ["nuke.all"] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors)).toEqual(expect.arrayContaining(["name", "permissions"]));
    expect(await auditCount(a, "role.create")).toBe(1);
  });

  it("refuses a cashier, who lacks users.manage", async () => {
    const result = await addStaffAction.runWith(
      await requestAs(db.app, a, cashierA),
      form({ name: "Sneaky Staff", email: "sneaky@act-alpha.test", roleId: "00000000-0000-4000-8000-000000000000", password: "sneaky-mango-2026" }),
    );
    expect(result).toMatchObject({ ok: false, error: "You do not have permission to do that." });
  });

  it("refuses a session of another tenant", async () => {
    const result = await createRoleAction.runWith(await requestAs(db.app, b, a.ownerId, a), form({ name: "Intruder", permissions: [] }));
    expect(result).toMatchObject({ ok: false, error: "Your session has ended. Please sign in again." });
    expect(await auditCount(b, "role.create")).toBe(0);
  });

  it("answers not found for another tenant's record and changes nothing", async () => {
    const roleOfB = await withTenantOn(db.app, b.tenantId, async (tx) =>
      rowsOf<{ id: string }>(await tx.execute(sql`select id from roles where name = 'Support'`))[0]!.id,
    );
    const result = await deleteRoleAction.runWith(await requestAs(db.app, a, a.ownerId), form({ id: roleOfB }));
    expect(result).toMatchObject({ ok: false, error: "That role was not found." });
    const stillThere = await withTenantOn(db.app, b.tenantId, async (tx) =>
      rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from roles where id = ${roleOfB}`))[0]!.n,
    );
    expect(stillThere).toBe(1);
  });

  it("signs a deactivated user out of actions at once", async () => {
    const done = await setStaffActiveAction.runWith(await requestAs(db.app, a, a.ownerId), form({ id: cashierA, active: "false" }));
    expect(done.ok).toBe(true);
    const after = await requestAs(db.app, a, cashierA);
    expect(after.session.state).toBe("deactivated");
    const result = await createRoleAction.runWith(after, form({ name: "Whatever", permissions: [] }));
    expect(result.ok).toBe(false);
  });
});
