import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { createRole, deleteRole, updateRole, type RoleInput } from "@/lib/staff/roles";
import { changeStaffRole, createStaffUser, setStaffActive } from "@/lib/staff/users";
import { backends, type TestDatabase } from "../support/databases";
import { expectPgError, one, rows, RLS_VIOLATION } from "../support/sql";
import { actingAs, addStaff, PASSWORD, roleIdOf, signUp, type TestTenant } from "../support/tenants";

/** The staff module (roles and users) against the real database, through tenant transactions as the app runs them. */
type AuditChange = { action: string; user_id: string | null; changes: { before?: unknown; after?: unknown } };

const clerk: RoleInput = { name: "Billing Clerk", description: "Prints invoices.", permissions: ["billing.view", "payments.view"] };

describe.each(backends)("staff and roles on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let tech: string; // a Technician on A's staff

  const inTenant = <T>(tenant: TestTenant, fn: (tx: Tx) => Promise<T>) => withTenantOn(db.app, tenant.tenantId, fn);
  /** As `actor` in tenant A: what a staff-management action would run. */
  const asA = <T>(fn: (ctx: ReturnType<typeof actingAs>) => Promise<T>, actor = a.ownerId) =>
    inTenant(a, (tx) => fn(actingAs(tx, a, actor)));
  const auditFor = (tenant: TestTenant, action: string, entityId: string) =>
    inTenant(tenant, (tx) => rows<AuditChange>(tx, sql`select action, user_id::text, changes from audit_log
      where action = ${action} and entity_id = ${entityId} order by created_at`));
  const userRow = (tenant: TestTenant, id: string) =>
    inTenant(tenant, (tx) => one<{ active: boolean; deactivated_at: unknown; role: string | null }>(tx, sql`
      select u.active, u.deactivated_at, r.name as role from users u left join roles r on r.id = u.role_id where u.id = ${id}::uuid`));
  /** Everything tenant B has in roles and users, as B sees it. */
  const stateOf = (tenant: TestTenant) =>
    inTenant(tenant, async (tx) => ({
      roles: await rows(tx, sql`select to_jsonb(r) as row from roles r order by id`),
      users: await rows(tx, sql`select to_jsonb(u) as row from users u order by id`),
      audit: await rows(tx, sql`select count(*)::int as n from audit_log`),
    }));

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "alpha-staff");
    b = await signUp(db.app, "bravo-staff");
    tech = await addStaff(db.app, a, "tess@alpha-staff.test", "Technician");
  });
  afterAll(async () => db?.drop());

  it("creates a role once per tenant name, with an audit row", async () => {
    const { id } = await asA((ctx) => createRole(ctx, a.tenantId, clerk));
    expect(await auditFor(a, "role.create", id)).toEqual([{ action: "role.create", user_id: a.ownerId, changes: { after: clerk } }]);
    const again = await asA((ctx) => createRole(ctx, a.tenantId, clerk)).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(UserFacingError);
    expect((again as UserFacingError).fieldErrors.name).toEqual([expect.stringMatching(/already exists/)]);
    // Names are unique per tenant only.
    await expect(inTenant(b, (tx) => createRole(actingAs(tx, b), b.tenantId, clerk))).resolves.toHaveProperty("id");
  });

  it("updates a role and audits only the fields that changed", async () => {
    const id = await inTenant(a, (tx) => roleIdOf(tx, clerk.name));
    await asA((ctx) => updateRole(ctx, id, { ...clerk, description: "Prints and mails invoices." }));
    expect(await auditFor(a, "role.update", id)).toEqual([
      {
        action: "role.update",
        user_id: a.ownerId,
        changes: { before: { description: clerk.description }, after: { description: "Prints and mails invoices." } },
      },
    ]);
    const clash = await asA((ctx) => updateRole(ctx, id, { ...clerk, name: "Cashier" })).catch((e: unknown) => e);
    expect((clash as UserFacingError).fieldErrors?.name).toEqual([expect.stringMatching(/already exists/)]);
  });

  // BUG (lib/staff/roles.ts updateRole): the stored permissions are compared unsorted against the input sorted,
  // so a role whose stored list is not in sorted order (every starter role but Administrator) is audited as
  // having its permissions changed when they were not. Flip to `it` once updateRole compares like with like.
  it("audits only the description when a starter role's description is edited", async () => {
    const id = await inTenant(a, (tx) => roleIdOf(tx, "Cashier"));
    const cashier = await inTenant(a, (tx) => one<RoleInput>(tx, sql`select name, description, permissions from roles where id = ${id}::uuid`));
    await asA((ctx) => updateRole(ctx, id, { ...cashier, description: "Front counter." }));
    const [audit] = await auditFor(a, "role.update", id);
    expect(audit?.changes).toEqual({ before: { description: cashier.description }, after: { description: "Front counter." } });
  });

  it("refuses to delete a role someone holds, and deletes an unused one", async () => {
    const technician = await inTenant(a, (tx) => roleIdOf(tx, "Technician"));
    await expect(asA((ctx) => deleteRole(ctx, technician))).rejects.toThrow(
      new UserFacingError("Technician is held by 1 staff member. Give them another role first."),
    );
    const unused = await inTenant(a, (tx) => roleIdOf(tx, clerk.name));
    await asA((ctx) => deleteRole(ctx, unused));
    const left = await inTenant(a, (tx) => rows(tx, sql`select name from roles where id in (${technician}::uuid, ${unused}::uuid)`));
    expect(left).toEqual([{ name: "Technician" }]);
    expect(await auditFor(a, "role.delete", unused)).toMatchObject([{ changes: { before: { name: clerk.name } } }]);
  });

  it("refuses a staff email already used in the tenant, but not one used in another tenant", async () => {
    const input = async (tx: Tx) => ({ name: "Tess Again", email: "tess@alpha-staff.test", roleId: await roleIdOf(tx, "Support"), password: PASSWORD });
    const dup = await asA(async (ctx) => createStaffUser(ctx, a.tenantId, await input(ctx.tx))).catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(UserFacingError);
    expect((dup as UserFacingError).fieldErrors.email).toEqual([expect.stringMatching(/already uses that email/)]);
    const inB = await inTenant(b, async (tx) => createStaffUser(actingAs(tx, b), b.tenantId, await input(tx)));
    expect(await userRow(b, inB.id)).toMatchObject({ active: true, role: "Support" });
  });

  it("deactivates and reactivates staff, but never the owner or oneself", async () => {
    await expect(asA((ctx) => setStaffActive(ctx, tech, a.ownerId, false), tech)).rejects.toThrow(/owner cannot be deactivated/);
    await expect(asA((ctx) => setStaffActive(ctx, tech, tech, false), tech)).rejects.toThrow(/cannot deactivate yourself/);
    expect(await userRow(a, tech)).toMatchObject({ active: true, deactivated_at: null });

    await asA((ctx) => setStaffActive(ctx, a.ownerId, tech, false));
    const off = await userRow(a, tech);
    expect(off.active).toBe(false);
    expect(off.deactivated_at).not.toBeNull();
    expect(await auditFor(a, "user.deactivate", tech)).toEqual([
      { action: "user.deactivate", user_id: a.ownerId, changes: { before: { active: true }, after: { active: false } } },
    ]);
    await asA((ctx) => setStaffActive(ctx, a.ownerId, tech, true));
    expect(await userRow(a, tech)).toMatchObject({ active: true, deactivated_at: null });
    expect(await auditFor(a, "user.reactivate", tech)).toHaveLength(1);
  });

  it("changes a staff member's role, but not the owner's or one's own", async () => {
    const support = await inTenant(a, (tx) => roleIdOf(tx, "Support"));
    await expect(asA((ctx) => changeStaffRole(ctx, tech, a.ownerId, support), tech)).rejects.toThrow(/owner holds every permission/);
    await expect(asA((ctx) => changeStaffRole(ctx, tech, tech, support), tech)).rejects.toThrow(/cannot change your own role/);
    await asA((ctx) => changeStaffRole(ctx, a.ownerId, tech, support));
    expect(await userRow(a, tech)).toMatchObject({ role: "Support" });
    expect(await auditFor(a, "user.role_change", tech)).toMatchObject([
      { user_id: a.ownerId, changes: { before: { role: "Technician" }, after: { role: "Support" } } },
    ]);
  });

  it("cannot reach tenant B's roles or users from tenant A's context", async () => {
    const before = await stateOf(b);
    const bCashier = await inTenant(b, (tx) => roleIdOf(tx, "Cashier"));
    const aSupport = await inTenant(a, (tx) => roleIdOf(tx, "Support"));

    await expect(asA((ctx) => updateRole(ctx, bCashier, clerk))).rejects.toBeInstanceOf(NotFoundError);
    await expect(asA((ctx) => deleteRole(ctx, bCashier))).rejects.toBeInstanceOf(NotFoundError);
    await expect(asA((ctx) => setStaffActive(ctx, a.ownerId, b.ownerId, false))).rejects.toBeInstanceOf(NotFoundError);
    await expect(asA((ctx) => changeStaffRole(ctx, a.ownerId, b.ownerId, aSupport))).rejects.toBeInstanceOf(NotFoundError);
    // B's role id is simply not a role in A: refused as an invalid choice.
    const roleChoice = { roleId: [expect.stringMatching(/Choose a role/)] };
    await expect(asA((ctx) => changeStaffRole(ctx, a.ownerId, tech, bCashier))).rejects.toMatchObject({ fieldErrors: roleChoice });
    const hire = { name: "Mole", email: "mole@alpha-staff.test", roleId: bCashier, password: PASSWORD };
    await expect(asA((ctx) => createStaffUser(ctx, a.tenantId, hire))).rejects.toMatchObject({ fieldErrors: roleChoice });
    // Even handed B's tenant id, code running in A's context cannot write into B.
    await expectPgError(asA((ctx) => createRole(ctx, b.tenantId, { ...clerk, name: "Planted" })), "42501", RLS_VIOLATION);

    expect(await stateOf(b)).toEqual(before);
    expect(await userRow(a, tech)).toMatchObject({ role: "Support" });
  });
});
