import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenantOn } from "@/db/with-tenant";
import { recordAudit } from "@/lib/audit/record";
import { backends, type TestDatabase } from "../support/databases";
import { expectPgError, type Handle, one, PERMISSION_DENIED, rows, RLS_VIOLATION } from "../support/sql";
import { REQUEST, signUp, type TestTenant } from "../support/tenants";

/** The audit log is append-only: the app can add rows, nobody can rewrite history. */
type AuditRow = {
  tenant_id: string;
  user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  changes: { before?: Record<string, unknown>; after?: Record<string, unknown> };
  ip: string | null;
  user_agent: string | null;
};

const IMMUTABLE = /audit_log rows cannot be changed or deleted/;

describe.each(backends)("audit log on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;

  /** Audit rows with this action, as seen by `handle` in whatever tenant context it is in. */
  const auditIn = (handle: Handle, action: string) =>
    rows<AuditRow>(handle, sql`select tenant_id::text, user_id::text, action, entity_type, entity_id, changes, ip, user_agent
      from audit_log where action = ${action}`);
  const auditOf = (tenant: TestTenant, action: string) => withTenantOn(db.app, tenant.tenantId, (tx) => auditIn(tx, action));
  const actorOf = (tenant: TestTenant) => ({ tenantId: tenant.tenantId, userId: tenant.ownerId, ...REQUEST });

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "audit-alpha");
    b = await signUp(db.app, "audit-bravo");
  });
  afterAll(async () => db?.drop());

  it("records who did what to which entity, with before, after, ip and user agent", async () => {
    const longAgent = `Mozilla/5.0 ${"x".repeat(600)}`;
    await withTenantOn(db.app, a.tenantId, async (tx) => {
      await recordAudit(tx, { ...actorOf(a), userAgent: longAgent }, {
        action: "customer.update",
        entityType: "customer",
        entityId: "cust-42",
        before: { plan: "25 Mbps" },
        after: { plan: "50 Mbps" },
      });
      await recordAudit(tx, { ...actorOf(a), userId: null, ip: null, userAgent: null }, { action: "billing.run", entityType: "billing" });
    });
    const [edit] = await auditOf(a, "customer.update");
    expect(edit).toEqual({
      tenant_id: a.tenantId,
      user_id: a.ownerId,
      action: "customer.update",
      entity_type: "customer",
      entity_id: "cust-42",
      changes: { before: { plan: "25 Mbps" }, after: { plan: "50 Mbps" } },
      ip: REQUEST.ip,
      user_agent: longAgent.slice(0, 500),
    });
    // A system action: no user, no request, no changes.
    const [run] = await auditOf(a, "billing.run");
    expect(run).toMatchObject({ user_id: null, entity_id: null, changes: {}, ip: null, user_agent: null });
  });

  it("keeps an audit row only if its transaction commits", async () => {
    const attempt = withTenantOn(db.app, a.tenantId, async (tx) => {
      await recordAudit(tx, actorOf(a), { action: "payment.create", entityType: "payment", entityId: "pay-1" });
      expect(await auditIn(tx, "payment.create")).toHaveLength(1);
      throw new Error("the payment insert failed after the audit row");
    });
    await expect(attempt).rejects.toThrow(/payment insert failed/);
    expect(await auditOf(a, "payment.create")).toHaveLength(0);
  });

  it("grants the app role no UPDATE, DELETE or TRUNCATE on audit_log", async () => {
    const grants = await one<{ update: boolean; delete: boolean; truncate: boolean }>(
      db.app,
      sql`select has_table_privilege('audit_log', 'UPDATE') as update, has_table_privilege('audit_log', 'DELETE') as delete,
        has_table_privilege('audit_log', 'TRUNCATE') as truncate`,
    );
    expect(grants).toEqual({ update: false, delete: false, truncate: false });
  });

  it("refuses the app's UPDATE and DELETE of its own tenant's audit rows", async () => {
    const inA = (query: ReturnType<typeof sql>) => withTenantOn(db.app, a.tenantId, (tx) => tx.execute(query));
    await expectPgError(inA(sql`update audit_log set action = 'nothing.happened' where action = 'tenant.create'`), "42501", PERMISSION_DENIED);
    await expectPgError(inA(sql`delete from audit_log where action = 'tenant.create'`), "42501", PERMISSION_DENIED);
    await expectPgError(inA(sql`truncate audit_log`), "42501", PERMISSION_DENIED);
    expect(await auditOf(a, "tenant.create")).toHaveLength(1);
  });

  it("refuses even the owner: the trigger makes rows immutable", async () => {
    // Set-up the app can never do: the owner role, to prove the trigger and not only the grant protects history.
    await db.asOwner(async (owner) => {
      // The tenant context makes the rows visible even to an owner without BYPASSRLS, so the trigger is reached.
      const inA = (query: ReturnType<typeof sql>) =>
        owner.transaction(async (tx) => {
          await tx.execute(sql`select set_config('app.tenant_id', ${a.tenantId}, true)`);
          return tx.execute(query);
        });
      await expectPgError(inA(sql`update audit_log set changes = '{}' where action = 'customer.update'`), "42501", IMMUTABLE);
      await expectPgError(inA(sql`delete from audit_log where action = 'customer.update'`), "42501", IMMUTABLE);
    });
    const [edit] = await auditOf(a, "customer.update");
    expect(edit?.changes).toEqual({ before: { plan: "25 Mbps" }, after: { plan: "50 Mbps" } });
  });

  it("lets the owner delete a whole tenant, its audit rows included (the trigger's one exception)", async () => {
    const gone = await signUp(db.app, "audit-gone");
    // Set-up the app can never do: removing a tenant is an operator's job, not a request's.
    const left = await db.asOwner(async (owner) => {
      await owner.execute(sql`delete from tenants where id = ${gone.tenantId}::uuid`);
      return one<{ n: number }>(owner, sql`select count(*)::int as n from audit_log where tenant_id = ${gone.tenantId}::uuid`);
    });
    expect(left.n).toBe(0);
    expect(await auditOf(a, "tenant.create")).toHaveLength(1);
  });

  it("cannot write an audit row for another tenant or naming another tenant's user", async () => {
    const forB = withTenantOn(db.app, a.tenantId, (tx) => recordAudit(tx, actorOf(b), { action: "forged", entityType: "tenant" }));
    await expectPgError(forB, "42501", RLS_VIOLATION);
    // The foreign key includes tenant_id, so A's row cannot name B's owner as its actor.
    const namingB = withTenantOn(db.app, a.tenantId, (tx) =>
      recordAudit(tx, { ...actorOf(a), userId: b.ownerId }, { action: "forged", entityType: "tenant" }));
    await expectPgError(namingB, "23503");
    expect(await auditOf(b, "forged")).toHaveLength(0);
  });
});
