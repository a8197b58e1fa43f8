import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEntityNames } from "@/db/queries/audit-names";
import { onboardingState } from "@/db/queries/dashboard-onboarding";
import { userLandingPath } from "@/db/queries/roles";
import type { Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { auditSentence, sentenceText } from "@/lib/audit/sentence";
import { dismissOnboarding } from "@/lib/onboarding/dismiss";
import { createRole, updateRole } from "@/lib/staff/roles";
import { backends, type TestDatabase } from "../support/databases";
import { one, rows } from "../support/sql";
import { actingAs, addStaff, addSubscriberFixtures, roleIdOf, signUp, type TestTenant } from "../support/tenants";

type AuditRow = { action: string; entity_type: string; entity_id: string | null; changes: { before?: Record<string, unknown>; after?: Record<string, unknown> } };

/** Landing pages, the setup checklist's facts and dismissal, and the audit log's names, through the runtime role. */
describe.each(backends)("day-one features on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let cashier: string;
  let tech: string;

  const inTenant = <T>(tenant: TestTenant, fn: (tx: Tx) => Promise<T>) => withTenantOn(db.app, tenant.tenantId, fn);

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "dayone-a");
    b = await signUp(db.app, "dayone-b");
    cashier = await addStaff(db.app, a, "cashier@dayone-a.test", "Cashier");
    tech = await addStaff(db.app, a, "tech@dayone-a.test", "Technician");
  });
  afterAll(async () => db?.drop());

  it("new workspaces' starter roles land on their work; the owner has no role and gets null", async () => {
    const landing = await inTenant(a, (tx) => rows<{ name: string; landing_path: string | null }>(tx, sql`select name, landing_path from roles order by name`));
    expect(landing).toEqual([
      { name: "Administrator", landing_path: null },
      { name: "Cashier", landing_path: "/payments" },
      { name: "Support", landing_path: "/customers" },
      { name: "Technician", landing_path: "/work-items" },
    ]);
    expect(await userLandingPath(db.app, { tenantId: a.tenantId, userId: cashier })).toBe("/payments");
    expect(await userLandingPath(db.app, { tenantId: a.tenantId, userId: tech })).toBe("/work-items");
    expect(await userLandingPath(db.app, { tenantId: a.tenantId, userId: a.ownerId })).toBeNull();
  });

  it("the landing lookup sees no user of another tenant, and leaves a surrounding transaction's tenant alone", async () => {
    expect(await userLandingPath(db.app, { tenantId: b.tenantId, userId: cashier })).toBeNull();
    const inside = await inTenant(b, async (tx) => {
      const path = await userLandingPath(tx, { tenantId: a.tenantId, userId: cashier });
      const after = await one<{ t: string }>(tx, sql`select current_setting('app.tenant_id', true) as t`);
      return { path, tenant: after.t };
    });
    expect(inside).toEqual({ path: "/payments", tenant: b.tenantId });
  });

  it("a role's landing page is saved and audited when chosen, kept when left out, and refused by the column's check when malformed", async () => {
    const roleId = await inTenant(a, (tx) => roleIdOf(tx, "Cashier"));
    const base = { name: "Cashier", description: "Counter", permissions: ["customers.view", "payments.view"] as const };
    await inTenant(a, (tx) => updateRole(actingAs(tx, a), roleId, { ...base, permissions: [...base.permissions], landingPath: "/customers" }));
    expect(await userLandingPath(db.app, { tenantId: a.tenantId, userId: cashier })).toBe("/customers");
    // Left out: the page stays.
    await inTenant(a, (tx) => updateRole(actingAs(tx, a), roleId, { ...base, permissions: [...base.permissions], description: "At the counter" }));
    expect(await userLandingPath(db.app, { tenantId: a.tenantId, userId: cashier })).toBe("/customers");
    // The dashboard is stored as null.
    await inTenant(a, (tx) =>
      updateRole(actingAs(tx, a), roleId, { ...base, permissions: [...base.permissions], description: "At the counter", landingPath: "/dashboard" }),
    );
    expect(await userLandingPath(db.app, { tenantId: a.tenantId, userId: cashier })).toBeNull();
    const audits = await inTenant(a, (tx) =>
      rows<AuditRow>(tx, sql`select action, entity_type, entity_id, changes from audit_log where action = 'role.update' and entity_id = ${roleId} order by created_at`),
    );
    expect(audits.map((r) => r.changes)).toEqual([
      {
        before: expect.objectContaining({ landingPath: "/payments", permissions: ["billing.view", "customers.view", "payments.create", "payments.view"] }),
        after: expect.objectContaining({ landingPath: "/customers", description: "Counter", permissions: ["customers.view", "payments.view"] }),
      },
      // Left out, the landing page is neither changed nor mentioned.
      { before: { description: "Counter" }, after: { description: "At the counter" } },
      { before: { landingPath: "/customers" }, after: { landingPath: null } },
    ]);
    await expect(inTenant(a, (tx) => tx.execute(sql`update roles set landing_path = '//evil.example' where id = ${roleId}::uuid`))).rejects.toThrow();
    await expect(inTenant(a, (tx) => createRole(actingAs(tx, a), a.tenantId, { name: "Collector", description: "", permissions: ["payments.view"], landingPath: "/payments" }))).resolves.toHaveProperty("id");
  });

  it("the checklist's facts come from the tenant's own data; dismissing is per tenant, once, and audited", async () => {
    const fresh = await inTenant(b, (tx) => onboardingState(tx));
    expect(fresh).toEqual({
      dismissed: false,
      facts: { businessDetails: false, billingSaved: false, barangays: false, plans: false, staff: false, customers: false, smsEnabled: null },
    });
    await addSubscriberFixtures(db.app, a);
    const stocked = await inTenant(a, (tx) => onboardingState(tx));
    expect(stocked.facts).toMatchObject({ barangays: true, plans: true, staff: true, customers: true, businessDetails: false, billingSaved: false });
    // A's data says nothing about B.
    expect((await inTenant(b, (tx) => onboardingState(tx))).facts).toEqual(fresh.facts);

    await inTenant(a, (tx) => dismissOnboarding(actingAs(tx, a), a.tenantId));
    await inTenant(a, (tx) => dismissOnboarding(actingAs(tx, a), a.tenantId));
    expect((await inTenant(a, (tx) => onboardingState(tx))).dismissed).toBe(true);
    expect((await inTenant(b, (tx) => onboardingState(tx))).dismissed).toBe(false);
    const audits = await inTenant(a, (tx) => rows<{ user_id: string; entity_id: string }>(tx, sql`select user_id::text, entity_id from audit_log where action = 'onboarding.dismiss'`));
    expect(audits).toEqual([{ user_id: a.ownerId, entity_id: a.tenantId }]);
    // Dismissing from B's transaction cannot reach A's row (RLS): nothing changes for B either way.
    await inTenant(b, (tx) => dismissOnboarding(actingAs(tx, b), a.tenantId));
    expect((await inTenant(b, (tx) => onboardingState(tx))).dismissed).toBe(false);
    expect(await inTenant(b, (tx) => rows(tx, sql`select 1 from audit_log where action = 'onboarding.dismiss'`))).toEqual([]);
  });

  it("names the page's records in one query: customers, lines with plan and customer, plans, barangays, staff; nothing of another tenant", async () => {
    const audit = await inTenant(a, (tx) => rows<AuditRow>(tx, sql`select action, entity_type, entity_id, changes from audit_log order by created_at`));
    const refs = audit.map((r) => ({ entityType: r.entity_type, entityId: r.entity_id, changes: r.changes }));
    const names = await inTenant(a, (tx) => auditEntityNames(tx, refs));
    const text = (action: string) => {
      const r = audit.find((x) => x.action === action)!;
      return sentenceText(auditSentence({ action: r.action, entityType: r.entity_type, entityId: r.entity_id, changes: r.changes, actorName: "Olivia Owner" }, names));
    };
    expect(text("subscription.change_plan")).toBe("Olivia Owner moved Juan Dela Cruz's line from Fiber 50 to Fiber 100 from Jan 20, 2026");
    expect(text("subscription.activate")).toBe("Olivia Owner activated Juan Dela Cruz's line Fiber 100");
    expect(text("customer.status_change")).toBe("Olivia Owner set Juan Dela Cruz's status to suspended: Unpaid");
    expect(text("user.create")).toMatch(/^Olivia Owner added Sam Staff to the staff as (Cashier|Technician)$/);
    // The same ids asked from B: B's RLS hides A's records, so no names.
    expect((await inTenant(b, (tx) => auditEntityNames(tx, refs))).size).toBe(0);
  });
});
