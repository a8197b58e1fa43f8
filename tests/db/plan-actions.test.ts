import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { activePlanOptions, countPlansByStatus, getPlan, listPlans } from "@/db/queries/plans";
import { withTenantOn } from "@/db/with-tenant";
import {
  createPlanAction,
  deletePlanAction,
  setPlanArchivedAction,
  updatePlanAction,
} from "@/app/(tenant)/t/[tenant]/(app)/plans/actions";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { addStaff, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

const PERMISSION_REFUSED = { ok: false, error: "You do not have permission to do that." };
const NOT_FOUND = { ok: false, error: "That plan was not found." };

const fiber = (name: string, extra: Record<string, string> = {}) => ({
  name,
  downloadMbps: "50",
  uploadMbps: "50",
  monthlyFee: "1,299",
  installationFee: "1,500.50",
  description: "Unli fiber",
  ...extra,
});

/** Plan actions end to end below Next.js: validation, plans.manage, the tenant wall, audit rows. */
describe.each(backends)("plan actions on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let cashierA: string;
  let planOfB: string;

  const plan = (t: TestTenant, id: string) => withTenantOn(db.app, t.tenantId, (tx) => getPlan(tx, { id }));
  const planIdByName = (t: TestTenant, name: string) =>
    withTenantOn(db.app, t.tenantId, async (tx) =>
      rowsOf<{ id: string }>(await tx.execute(sql`select id from plans where name = ${name}`))[0]?.id,
    );
  const auditCount = (t: TestTenant, action: string) =>
    withTenantOn(db.app, t.tenantId, async (tx) =>
      rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from audit_log where action = ${action}`))[0]!.n,
    );
  const asOwner = (t: TestTenant) => requestAs(db.app, t, t.ownerId);

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "plan-alpha");
    b = await signUp(db.app, "plan-bravo");
    cashierA = await addStaff(db.app, a, "cashier@plan-alpha.test", "Cashier");
    await addSubscriberFixtures(db.app, b);
    planOfB = (await planIdByName(b, "Fiber 50"))!;
  });
  afterAll(async () => db?.drop());

  describe("create", () => {
    it("saves fees typed in pesos as centavos, with an audit row", async () => {
      const result = await createPlanAction.runWith(await asOwner(a), form(fiber("Fiber 50")));
      expect(result).toEqual({ ok: true, data: { redirectTo: "/plans?saved=Fiber%2050" } });
      const saved = await plan(a, (await planIdByName(a, "Fiber 50"))!);
      expect(saved).toMatchObject({ downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 150050, status: "active", description: "Unli fiber" });
      expect(await auditCount(a, "plan.create")).toBe(1);
    });

    it("treats an empty installation fee as free", async () => {
      const result = await createPlanAction.runWith(await asOwner(a), form(fiber("Fiber 25", { installationFee: "" })));
      expect(result.ok).toBe(true);
      expect(await plan(a, (await planIdByName(a, "Fiber 25"))!)).toMatchObject({ installationFee: 0 });
    });

    it("returns an error next to each bad field and saves nothing", async () => {
      const result = await createPlanAction.runWith(
        await asOwner(a),
        form({ name: " ", downloadMbps: "fast", uploadMbps: "0", monthlyFee: "12.345", installationFee: "-5" }),
      );
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(Object.keys(result.fieldErrors).sort()).toEqual(["downloadMbps", "installationFee", "monthlyFee", "name", "uploadMbps"]);
        expect(result.fieldErrors.monthlyFee).toEqual(["Enter the monthly fee in pesos, like 1,299 or 1299.50."]);
      }
      expect(await auditCount(a, "plan.create")).toBe(2);
    });

    it("refuses a second plan with the same name, whatever its case", async () => {
      const result = await createPlanAction.runWith(await asOwner(a), form(fiber("FIBER 50")));
      expect(result).toMatchObject({ ok: false, fieldErrors: { name: ["A plan with that name already exists."] } });
    });

    it("refuses a cashier, who lacks plans.manage", async () => {
      const result = await createPlanAction.runWith(await requestAs(db.app, a, cashierA), form(fiber("Cashier Special")));
      expect(result).toMatchObject(PERMISSION_REFUSED);
      expect(await planIdByName(a, "Cashier Special")).toBeUndefined();
    });
  });

  describe("update", () => {
    it("changes the plan and audits only what changed", async () => {
      const id = (await planIdByName(a, "Fiber 50"))!;
      const result = await updatePlanAction.runWith(await asOwner(a), form({ id, ...fiber("Fiber 50 Plus", { monthlyFee: "₱1,499.00" }) }));
      expect(result).toEqual({ ok: true, data: { redirectTo: "/plans?saved=Fiber%2050%20Plus" } });
      expect(await plan(a, id)).toMatchObject({ name: "Fiber 50 Plus", monthlyFee: 149900, installationFee: 150050 });
      const [row] = await withTenantOn(db.app, a.tenantId, async (tx) =>
        rowsOf<{ changes: { before: Record<string, unknown>; after: Record<string, unknown> } }>(
          await tx.execute(sql`select changes from audit_log where action = 'plan.update'`),
        ),
      );
      expect(row!.changes).toEqual({ before: { name: "Fiber 50", monthlyFee: 129900 }, after: { name: "Fiber 50 Plus", monthlyFee: 149900 } });
    });

    it("returns field errors and leaves the plan as it was", async () => {
      const id = (await planIdByName(a, "Fiber 50 Plus"))!;
      const result = await updatePlanAction.runWith(await asOwner(a), form({ id, ...fiber("", { monthlyFee: "a lot" }) }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { name: ["Enter the plan's name."], monthlyFee: expect.any(Array) } });
      expect(await plan(a, id)).toMatchObject({ name: "Fiber 50 Plus", monthlyFee: 149900 });
    });

    it("refuses a cashier", async () => {
      const id = (await planIdByName(a, "Fiber 50 Plus"))!;
      const result = await updatePlanAction.runWith(await requestAs(db.app, a, cashierA), form({ id, ...fiber("Cheap", { monthlyFee: "1" }) }));
      expect(result).toMatchObject(PERMISSION_REFUSED);
      expect(await plan(a, id)).toMatchObject({ name: "Fiber 50 Plus" });
    });

    it("answers not found for another tenant's plan and changes nothing", async () => {
      const result = await updatePlanAction.runWith(await asOwner(a), form({ id: planOfB, ...fiber("Hijacked", { monthlyFee: "1" }) }));
      expect(result).toMatchObject(NOT_FOUND);
      expect(await plan(b, planOfB)).toMatchObject({ name: "Fiber 50", monthlyFee: 129900 });
    });
  });

  describe("archive and unarchive", () => {
    it("archives and brings back a plan, each with an audit row", async () => {
      const id = (await planIdByName(a, "Fiber 25"))!;
      const archived = await setPlanArchivedAction.runWith(await asOwner(a), form({ id, archived: "true" }));
      expect(archived.ok).toBe(true);
      expect(await plan(a, id)).toMatchObject({ status: "archived" });
      expect(await withTenantOn(db.app, a.tenantId, (tx) => activePlanOptions(tx))).not.toContainEqual(expect.objectContaining({ id }));

      const back = await setPlanArchivedAction.runWith(await asOwner(a), form({ id, archived: "false" }));
      expect(back.ok).toBe(true);
      expect(await plan(a, id)).toMatchObject({ status: "active" });
      expect([await auditCount(a, "plan.archive"), await auditCount(a, "plan.unarchive")]).toEqual([1, 1]);
    });

    it("rejects a malformed request", async () => {
      const result = await setPlanArchivedAction.runWith(await asOwner(a), form({ id: "not-a-uuid", archived: "maybe" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { id: expect.any(Array), archived: expect.any(Array) } });
    });

    it("refuses a cashier", async () => {
      const id = (await planIdByName(a, "Fiber 25"))!;
      const result = await setPlanArchivedAction.runWith(await requestAs(db.app, a, cashierA), form({ id, archived: "true" }));
      expect(result).toMatchObject(PERMISSION_REFUSED);
      expect(await plan(a, id)).toMatchObject({ status: "active" });
    });

    it("answers not found for another tenant's plan and changes nothing", async () => {
      const result = await setPlanArchivedAction.runWith(await asOwner(a), form({ id: planOfB, archived: "true" }));
      expect(result).toMatchObject(NOT_FOUND);
      expect(await plan(b, planOfB)).toMatchObject({ status: "active" });
      expect(await auditCount(b, "plan.archive")).toBe(0);
    });
  });

  describe("delete", () => {
    it("deletes a plan no subscription ever used", async () => {
      const id = (await planIdByName(a, "Fiber 25"))!;
      const result = await deletePlanAction.runWith(await asOwner(a), form({ id }));
      expect(result).toEqual({ ok: true, data: { redirectTo: "/plans?deleted=1" } });
      expect(await plan(a, id)).toBeNull();
      expect(await auditCount(a, "plan.delete")).toBe(1);
    });

    it("refuses to delete a plan in use and says to archive it instead", async () => {
      // Fiber 50 of tenant B was the subscription's first plan: its history still points at it.
      const result = await deletePlanAction.runWith(await asOwner(b), form({ id: planOfB }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/Archive it instead/);
      const inUse = (await planIdByName(b, "Fiber 100"))!;
      const second = await deletePlanAction.runWith(await asOwner(b), form({ id: inUse }));
      expect(second).toMatchObject({ ok: false, error: expect.stringMatching(/^Fiber 100 is used by 1 subscription\(s\)\. Archive it instead/) });
      expect(await plan(b, inUse)).not.toBeNull();
    });

    it("rejects a malformed id", async () => {
      const result = await deletePlanAction.runWith(await asOwner(a), form({ id: "1; drop table plans" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { id: expect.any(Array) } });
    });

    it("refuses a cashier", async () => {
      const id = (await planIdByName(a, "Fiber 50 Plus"))!;
      const result = await deletePlanAction.runWith(await requestAs(db.app, a, cashierA), form({ id }));
      expect(result).toMatchObject(PERMISSION_REFUSED);
      expect(await plan(a, id)).not.toBeNull();
    });

    it("answers not found for another tenant's plan and changes nothing", async () => {
      const unused = await withTenantOn(db.app, b.tenantId, async (tx) =>
        rowsOf<{ id: string }>(await tx.execute(sql`insert into plans (tenant_id, name, download_mbps, upload_mbps, monthly_fee) values (${b.tenantId}, 'Spare', 10, 10, 99900) returning id`))[0]!.id,
      );
      const result = await deletePlanAction.runWith(await asOwner(a), form({ id: unused }));
      expect(result).toMatchObject(NOT_FOUND);
      expect(await plan(b, unused)).not.toBeNull();
    });
  });

  describe("queries", () => {
    it("lists plans with active and total subscriptions, filtered by status", async () => {
      const fiber100 = (await planIdByName(b, "Fiber 100"))!;
      await setPlanArchivedAction.runWith(await asOwner(b), form({ id: planOfB, archived: "true" }));
      const { all, active, archived, counts, options } = await withTenantOn(db.app, b.tenantId, async (tx) => ({
        all: await listPlans(tx, { status: "all" }),
        active: await listPlans(tx, { status: "active" }),
        archived: await listPlans(tx, { status: "archived" }),
        counts: await countPlansByStatus(tx),
        options: await activePlanOptions(tx),
      }));
      expect(all.map((p) => p.name)).toEqual(["Spare", "Fiber 100", "Fiber 50"]);
      expect(all.find((p) => p.id === fiber100)).toMatchObject({ activeSubscriptions: 1, totalSubscriptions: 1 });
      // The subscription moved off Fiber 50, so nothing uses it now; history does not count.
      expect(all.find((p) => p.id === planOfB)).toMatchObject({ activeSubscriptions: 0, totalSubscriptions: 0, status: "archived" });
      expect(active.map((p) => p.name)).toEqual(["Spare", "Fiber 100"]);
      expect(archived.map((p) => p.name)).toEqual(["Fiber 50"]);
      expect(counts).toEqual({ active: 2, archived: 1 });
      expect(options.map((p) => p.name)).toEqual(["Spare", "Fiber 100"]);
    });
  });
});
