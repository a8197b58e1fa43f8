import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { listCustomerSubscriptions } from "@/db/queries/subscriptions";
import { withTenantOn } from "@/db/with-tenant";
import {
  activateSubscriptionAction,
  addSubscriptionAction,
  cancelSubscriptionAction,
  changeSubscriptionPlanAction,
  resumeSubscriptionAction,
  suspendSubscriptionAction,
} from "@/app/(tenant)/t/[tenant]/(app)/customers/[id]/subscription-actions";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { addStaff, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

const PERMISSION_REFUSED = { ok: false, error: "You do not have permission to do that." };
const SUB_NOT_FOUND = { ok: false, error: "That subscription was not found." };

type SubRow = { status: string; plan_id: string; activated_on: string | null; cancelled_on: string | null; cancel_reason: string | null; label: string };

/** Subscription actions end to end below Next.js: validation, customers.edit, allowed transitions, the tenant wall. */
describe.each(backends)("subscription actions on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let cashierA: string;
  let customerA: string;
  let subA: string;
  let subB: string;
  let customerB: string;
  let newSub: string;
  const planA: Record<string, string> = {};
  let planOfB: string;

  const query = <T,>(t: TestTenant, q: ReturnType<typeof sql>) => withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<T>(await tx.execute(q)));
  const sub = async (t: TestTenant, id: string) =>
    (await query<SubRow>(t, sql`select status, plan_id, activated_on::text, cancelled_on::text, cancel_reason, label from subscriptions where id = ${id}`))[0];
  const eventKinds = async (t: TestTenant, id: string) =>
    (await query<{ kind: string }>(t, sql`select kind from subscription_events where subscription_id = ${id} order by created_at, effective_date`)).map((r) => r.kind);
  const auditCount = async (t: TestTenant, action: string) =>
    (await query<{ n: number }>(t, sql`select count(*)::int as n from audit_log where action = ${action}`))[0]!.n;
  const asOwner = (t: TestTenant = a) => requestAs(db.app, t, t.ownerId);
  const asCashier = () => requestAs(db.app, a, cashierA);

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "subs-alpha");
    b = await signUp(db.app, "subs-bravo");
    cashierA = await addStaff(db.app, a, "cashier@subs-alpha.test", "Cashier");
    ({ customerId: customerA, subscriptionId: subA } = await addSubscriberFixtures(db.app, a));
    ({ customerId: customerB, subscriptionId: subB } = await addSubscriberFixtures(db.app, b));
    for (const p of await query<{ id: string; name: string }>(a, sql`select id, name from plans`)) planA[p.name] = p.id;
    planA["Legacy 10"] = (
      await query<{ id: string }>(
        a,
        sql`insert into plans (tenant_id, name, download_mbps, upload_mbps, monthly_fee, status) values (${a.tenantId}, 'Legacy 10', 10, 5, 79900, 'archived') returning id`,
      )
    )[0]!.id;
    planOfB = (await query<{ id: string }>(b, sql`select id from plans where name = 'Fiber 50'`))[0]!.id;
  });
  afterAll(async () => db?.drop());

  describe("add", () => {
    it("adds a pending subscription with a created event and an audit row", async () => {
      const result = await addSubscriptionAction.runWith(
        await asOwner(),
        form({ customerId: customerA, planId: planA["Fiber 50"], startDate: "2026-02-01", label: " Shop line " }),
      );
      expect(result.ok).toBe(true);
      const [row] = await query<{ id: string }>(a, sql`select id from subscriptions where label = 'Shop line'`);
      newSub = row!.id;
      expect(await sub(a, newSub)).toMatchObject({ status: "pending", plan_id: planA["Fiber 50"], activated_on: null });
      const [event] = await query<{ kind: string; to_plan_id: string; changed_by: string; effective_date: string }>(
        a,
        sql`select kind, to_plan_id, changed_by, effective_date::text from subscription_events where subscription_id = ${newSub}`,
      );
      expect(event).toEqual({ kind: "created", to_plan_id: planA["Fiber 50"], changed_by: a.ownerId, effective_date: "2026-02-01" });
      expect(await auditCount(a, "subscription.create")).toBe(2);
    });

    it("returns an error next to each bad field and adds nothing", async () => {
      const result = await addSubscriptionAction.runWith(
        await asOwner(),
        form({ customerId: customerA, planId: "", startDate: "2026-02-30", label: "x".repeat(61) }),
      );
      expect(result).toMatchObject({ ok: false, fieldErrors: { planId: ["Choose a plan."], startDate: ["Enter the start date."], label: expect.any(Array) } });
      expect(await auditCount(a, "subscription.create")).toBe(2);
    });

    it("refuses an archived plan for a new subscription", async () => {
      const result = await addSubscriptionAction.runWith(
        await asOwner(),
        form({ customerId: customerA, planId: planA["Legacy 10"], startDate: "2026-02-01", label: "" }),
      );
      expect(result).toMatchObject({ ok: false, error: "Legacy 10 is archived and cannot be chosen.", fieldErrors: { planId: ["Legacy 10 is archived."] } });
      expect(await auditCount(a, "subscription.create")).toBe(2);
    });

    it("refuses a cashier, who lacks customers.edit", async () => {
      const result = await addSubscriptionAction.runWith(await asCashier(), form({ customerId: customerA, planId: planA["Fiber 50"], startDate: "2026-02-01" }));
      expect(result).toMatchObject(PERMISSION_REFUSED);
      expect(await auditCount(a, "subscription.create")).toBe(2);
    });

    it("answers not found for another tenant's customer, and refuses another tenant's plan", async () => {
      const onB = await addSubscriptionAction.runWith(await asOwner(), form({ customerId: customerB, planId: planA["Fiber 50"], startDate: "2026-02-01" }));
      expect(onB).toMatchObject({ ok: false, error: "That customer was not found." });
      const withPlanOfB = await addSubscriptionAction.runWith(await asOwner(), form({ customerId: customerA, planId: planOfB, startDate: "2026-02-01" }));
      expect(withPlanOfB).toMatchObject({ ok: false, fieldErrors: { planId: ["Choose a plan from your list."] } });
      expect((await query<{ n: number }>(b, sql`select count(*)::int as n from subscriptions`))[0]!.n).toBe(1);
      expect(await auditCount(a, "subscription.create")).toBe(2);
    });
  });

  describe("activate", () => {
    it("activates a pending subscription on a date", async () => {
      const result = await activateSubscriptionAction.runWith(await asOwner(), form({ id: newSub, date: "2026-02-03" }));
      expect(result).toEqual({ ok: true, data: { message: "Activated on Feb 3, 2026." } });
      expect(await sub(a, newSub)).toMatchObject({ status: "active", activated_on: "2026-02-03" });
      expect(await eventKinds(a, newSub)).toEqual(["created", "activated"]);
    });

    it("returns field errors for a missing date", async () => {
      const result = await activateSubscriptionAction.runWith(await asOwner(), form({ id: newSub, date: "" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { date: ["Enter a date."] } });
    });

    it("refuses to activate what is already active", async () => {
      const result = await activateSubscriptionAction.runWith(await asOwner(), form({ id: newSub, date: "2026-02-04" }));
      expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Activate is not possible/) });
      expect(await sub(a, newSub)).toMatchObject({ activated_on: "2026-02-03" });
    });

    it("refuses a cashier", async () => {
      const result = await activateSubscriptionAction.runWith(await asCashier(), form({ id: newSub, date: "2026-02-04" }));
      expect(result).toMatchObject(PERMISSION_REFUSED);
    });

    it("answers not found for another tenant's subscription and changes nothing", async () => {
      const before = await sub(b, subB);
      const result = await activateSubscriptionAction.runWith(await asOwner(), form({ id: subB, date: "2026-02-04" }));
      expect(result).toMatchObject(SUB_NOT_FOUND);
      expect(await sub(b, subB)).toEqual(before);
    });
  });

  describe("change plan", () => {
    it("moves the subscription to another active plan from a date", async () => {
      const result = await changeSubscriptionPlanAction.runWith(await asOwner(), form({ id: subA, planId: planA["Fiber 50"], date: "2026-03-01" }));
      expect(result.ok).toBe(true);
      expect(await sub(a, subA)).toMatchObject({ plan_id: planA["Fiber 50"], status: "active" });
      const [last] = await query<{ from_plan_id: string; to_plan_id: string }>(
        a,
        sql`select from_plan_id, to_plan_id from subscription_events where subscription_id = ${subA} and effective_date = '2026-03-01'`,
      );
      expect(last).toEqual({ from_plan_id: planA["Fiber 100"], to_plan_id: planA["Fiber 50"] });
    });

    it("returns field errors: no plan, the same plan, an archived plan", async () => {
      const none = await changeSubscriptionPlanAction.runWith(await asOwner(), form({ id: subA, planId: "", date: "2026-03-02" }));
      expect(none).toMatchObject({ ok: false, fieldErrors: { planId: ["Choose the new plan."] } });
      const same = await changeSubscriptionPlanAction.runWith(await asOwner(), form({ id: subA, planId: planA["Fiber 50"], date: "2026-03-02" }));
      expect(same).toMatchObject({ ok: false, fieldErrors: { planId: ["Choose a different plan."] } });
      const archived = await changeSubscriptionPlanAction.runWith(await asOwner(), form({ id: subA, planId: planA["Legacy 10"], date: "2026-03-02" }));
      expect(archived).toMatchObject({ ok: false, fieldErrors: { planId: ["Legacy 10 is archived."] } });
      expect(await sub(a, subA)).toMatchObject({ plan_id: planA["Fiber 50"] });
    });

    it("refuses a cashier", async () => {
      const result = await changeSubscriptionPlanAction.runWith(await asCashier(), form({ id: subA, planId: planA["Fiber 100"], date: "2026-03-02" }));
      expect(result).toMatchObject(PERMISSION_REFUSED);
      expect(await sub(a, subA)).toMatchObject({ plan_id: planA["Fiber 50"] });
    });

    it("answers not found for another tenant's subscription and changes nothing", async () => {
      const before = await sub(b, subB);
      const result = await changeSubscriptionPlanAction.runWith(await asOwner(), form({ id: subB, planId: planA["Fiber 50"], date: "2026-03-02" }));
      expect(result).toMatchObject(SUB_NOT_FOUND);
      expect(await sub(b, subB)).toEqual(before);
    });
  });

  describe("suspend", () => {
    it("suspends with a reason kept in the history", async () => {
      const result = await suspendSubscriptionAction.runWith(await asOwner(), form({ id: subA, date: "2026-03-10", reason: "Unpaid February" }));
      expect(result.ok).toBe(true);
      expect(await sub(a, subA)).toMatchObject({ status: "suspended" });
      const [event] = await query<{ reason: string; from_status: string; to_status: string }>(
        a,
        sql`select reason, from_status, to_status from subscription_events where subscription_id = ${subA} and kind = 'suspended'`,
      );
      expect(event).toEqual({ reason: "Unpaid February", from_status: "active", to_status: "suspended" });
    });

    it("returns field errors for a missing reason and a date before activation", async () => {
      const noReason = await suspendSubscriptionAction.runWith(await asOwner(), form({ id: newSub, date: "2026-03-10", reason: "  " }));
      expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: ["Say why."] } });
      const early = await suspendSubscriptionAction.runWith(await asOwner(), form({ id: newSub, date: "2026-01-01", reason: "Unpaid" }));
      expect(early).toMatchObject({ ok: false, fieldErrors: { date: ["On or after 2026-02-03."] } });
      expect(await sub(a, newSub)).toMatchObject({ status: "active" });
    });

    it("refuses a cashier", async () => {
      const result = await suspendSubscriptionAction.runWith(await asCashier(), form({ id: newSub, date: "2026-03-10", reason: "Unpaid" }));
      expect(result).toMatchObject(PERMISSION_REFUSED);
      expect(await sub(a, newSub)).toMatchObject({ status: "active" });
    });

    it("answers not found for another tenant's subscription and changes nothing", async () => {
      const result = await suspendSubscriptionAction.runWith(await asOwner(), form({ id: subB, date: "2026-03-10", reason: "Unpaid" }));
      expect(result).toMatchObject(SUB_NOT_FOUND);
      expect(await sub(b, subB)).toMatchObject({ status: "active" });
    });
  });

  describe("resume", () => {
    it("refuses to resume what is not suspended", async () => {
      const result = await resumeSubscriptionAction.runWith(await asOwner(), form({ id: newSub, date: "2026-03-12" }));
      expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Resume is not possible/) });
    });

    it("returns field errors for a malformed date", async () => {
      const result = await resumeSubscriptionAction.runWith(await asOwner(), form({ id: subA, date: "12/03/2026" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { date: ["Enter a date."] } });
      expect(await sub(a, subA)).toMatchObject({ status: "suspended" });
    });

    it("refuses a cashier", async () => {
      const result = await resumeSubscriptionAction.runWith(await asCashier(), form({ id: subA, date: "2026-03-12" }));
      expect(result).toMatchObject(PERMISSION_REFUSED);
      expect(await sub(a, subA)).toMatchObject({ status: "suspended" });
    });

    it("answers not found for another tenant's subscription and changes nothing", async () => {
      const result = await resumeSubscriptionAction.runWith(await asOwner(), form({ id: subB, date: "2026-03-12" }));
      expect(result).toMatchObject(SUB_NOT_FOUND);
      expect(await eventKinds(b, subB)).toEqual(["created", "activated", "plan_changed"]);
    });

    it("resumes a suspended subscription", async () => {
      const result = await resumeSubscriptionAction.runWith(await asOwner(), form({ id: subA, date: "2026-03-12" }));
      expect(result.ok).toBe(true);
      expect(await sub(a, subA)).toMatchObject({ status: "active" });
    });
  });

  describe("cancel", () => {
    it("returns field errors for a missing reason and date", async () => {
      const result = await cancelSubscriptionAction.runWith(await asOwner(), form({ id: subA, date: "", reason: "" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { date: ["Enter a date."], reason: ["Say why the subscription ends."] } });
      expect(await sub(a, subA)).toMatchObject({ status: "active" });
    });

    it("refuses a cashier", async () => {
      const result = await cancelSubscriptionAction.runWith(await asCashier(), form({ id: subA, date: "2026-04-01", reason: "Moved" }));
      expect(result).toMatchObject(PERMISSION_REFUSED);
      expect(await sub(a, subA)).toMatchObject({ status: "active" });
    });

    it("answers not found for another tenant's subscription and changes nothing", async () => {
      const result = await cancelSubscriptionAction.runWith(await asOwner(), form({ id: subB, date: "2026-04-01", reason: "Moved" }));
      expect(result).toMatchObject(SUB_NOT_FOUND);
      expect(await sub(b, subB)).toMatchObject({ status: "active", cancelled_on: null });
      expect(await auditCount(b, "subscription.cancel")).toBe(0);
    });

    it("cancels with the date and reason kept", async () => {
      const result = await cancelSubscriptionAction.runWith(await asOwner(), form({ id: subA, date: "2026-04-01", reason: "Moved to Iligan" }));
      expect(result.ok).toBe(true);
      expect(await sub(a, subA)).toMatchObject({ status: "cancelled", cancelled_on: "2026-04-01", cancel_reason: "Moved to Iligan" });
      expect(await auditCount(a, "subscription.cancel")).toBe(1);
    });

    it("refuses to cancel a cancelled subscription", async () => {
      const result = await cancelSubscriptionAction.runWith(await asOwner(), form({ id: subA, date: "2026-04-02", reason: "Again" }));
      expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Cancel is not possible for a cancelled subscription/) });
      expect(await sub(a, subA)).toMatchObject({ cancelled_on: "2026-04-01", cancel_reason: "Moved to Iligan" });
      expect(await auditCount(a, "subscription.cancel")).toBe(1);
    });
  });

  describe("the panel's query", () => {
    it("lists live subscriptions first, each with its history newest first, plan names and who", async () => {
      const list = await withTenantOn(db.app, a.tenantId, (tx) => listCustomerSubscriptions(tx, { customerId: customerA }));
      expect(list.map((s) => [s.id, s.status, s.planName, s.label])).toEqual([
        [newSub, "active", "Fiber 50", "Shop line"],
        [subA, "cancelled", "Fiber 50", ""],
      ]);
      const history = list[1]!.events;
      expect(history.map((e) => e.kind)).toEqual(["cancelled", "resumed", "suspended", "plan_changed", "plan_changed", "activated", "created"]);
      expect(history[3]).toMatchObject({ fromPlanName: "Fiber 100", toPlanName: "Fiber 50", effectiveDate: "2026-03-01", changedByName: "Olivia Owner" });
      expect(history[0]).toMatchObject({ reason: "Moved to Iligan", effectiveDate: "2026-04-01" });
      expect(await withTenantOn(db.app, a.tenantId, (tx) => listCustomerSubscriptions(tx, { customerId: customerB }))).toEqual([]);
    });
  });
});
