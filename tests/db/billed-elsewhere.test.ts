import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarizePlan } from "@/app/(tenant)/t/[tenant]/(app)/billing/run/preview";
import { addSubscriptionAction } from "@/app/(tenant)/t/[tenant]/(app)/customers/[id]/subscription-actions";
import { importCustomersAction, previewCustomerImportAction } from "@/app/(tenant)/t/[tenant]/(app)/customers/import/actions";
import { rowsOf } from "@/db/rows";
import { billingSettings } from "@/db/schema";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { addDays } from "@/lib/billing/dates";
import { executeBillingRun, planBillingRun } from "@/lib/billing/run";
import { createCustomer } from "@/lib/customers/customers";
import type { ColumnMapping } from "@/lib/customers/import/fields";
import { assumedBilledUntil } from "@/lib/customers/import/validate";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { tenantDate } from "@/lib/time/format";
import { form, requestAs } from "../support/actions";
import { backends, type TestDatabase } from "../support/databases";
import { migrationSql } from "../support/migration-file";
import { actingAs, signUp, type TestTenant } from "../support/tenants";

/**
 * Issue 12, item 9: a subscription activated in an earlier period and never
 * invoiced used to be billed from the current period only, without its
 * installation fee. Now a subscriber brought over from another system says so
 * ("billed elsewhere until"), and every other subscription is billed from its
 * activation, with the fee; the run preview lists who is back-billed.
 */
describe.each(backends)("billed elsewhere until on $name", ({ open }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => db?.drop());

  const rows = <T,>(t: TestTenant, query: ReturnType<typeof sql>) => withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<T>(await tx.execute(query)));

  /** A tenant with Fiber 50 (₱1,299.00, installation ₱1,500.00), a barangay and a customer. */
  async function tenant(slug: string) {
    const t = await signUp(db.app, slug);
    const made = await withTenantOn(db.app, t.tenantId, async (tx) => {
      const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: "2026-11-01" };
      const brgy = await createBarangay(ctx, t.tenantId, { name: "Carmen", city: "Cagayan de Oro City", province: "Misamis Oriental" });
      const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 150000, description: "" });
      const customer = await createCustomer(ctx, t.tenantId, { firstName: "Juan", lastName: "Dela Cruz", mobile: "+639171234567", barangayId: brgy.id, addressLine: "", notes: "" });
      return { planId: plan.id, customerId: customer.id };
    });
    return { t, ...made };
  }
  const plan = (t: TestTenant, runDate: string) => withTenantOn(db.app, t.tenantId, (tx) => planBillingRun(tx, t.tenantId, runDate));

  it("bills an activation entered a week late from its activation, with the installation fee, and the preview lists it as back-billed", async () => {
    const { t, planId, customerId } = await tenant("late-entry");
    await withTenantOn(db.app, t.tenantId, async (tx) => {
      const ctx = { ...actingAs(tx, t), userId: t.ownerId };
      const sub = await addSubscription(ctx, t.tenantId, { customerId, planId, startDate: "2026-11-25", label: "" });
      await transitionSubscription(ctx, t.tenantId, sub.id, "activate", { date: "2026-11-25" });
    });
    const planned = await plan(t, "2026-12-02");
    expect(planned.invoices.map((i) => [i.period.start, i.lines.map((l) => `${l.kind}:${l.amount}`).join(",")])).toEqual([
      ["2026-11-01", "service:25980,installation:150000"],
      ["2026-12-01", "service:129900"],
    ]);
    expect(planned.backBilled).toEqual([
      expect.objectContaining({ customerId, accountNo: expect.any(String), from: "2026-11-25", until: "2026-12-01", periods: 1, installationFee: 150000, amount: 175980, billedElsewhereUntil: null }),
    ]);
    const preview = summarizePlan(planned.invoices, planned.backBilled);
    expect(preview).toMatchObject({ count: 2, grandTotal: 175980 + 129900, backBilled: { count: 1, total: 175980 } });
    expect(preview.backBilled.rows[0]).toMatchObject({ customerName: "Dela Cruz, Juan", periods: 1 });
    // Once invoiced, it is back-billed no more.
    await withTenantOn(db.app, t.tenantId, (tx) => executeBillingRun({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, "2026-12-02"));
    expect((await plan(t, "2026-12-02")).backBilled).toEqual([]);
  });

  it("adds a migrated customer's line billed elsewhere until Nov 30: billed from Dec 1, without the installation fee", async () => {
    const { t, planId, customerId } = await tenant("migrated-line");
    const request = await requestAs(db.app, t, t.ownerId);
    const added = await addSubscriptionAction.runWith(request, form({ customerId, planId, startDate: "2024-05-17", label: "", billedElsewhereUntil: "2026-11-30" }));
    expect(added).toEqual({ ok: true, data: { message: "Subscription added. Activate it on the day it was installed: FiberBill bills it from the day after Nov 30, 2026." } });
    const [sub] = await rows<{ id: string; billed_elsewhere_until: string }>(t, sql`select id, billed_elsewhere_until::text from subscriptions`);
    expect(sub!.billed_elsewhere_until).toBe("2026-11-30");
    const [audit] = await rows<{ after: Record<string, unknown> }>(t, sql`select changes->'after' as after from audit_log where action = 'subscription.create'`);
    expect(audit!.after).toMatchObject({ startDate: "2024-05-17", billedElsewhereUntil: "2026-11-30" });
    await withTenantOn(db.app, t.tenantId, (tx) => transitionSubscription({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, sub!.id, "activate", { date: "2024-05-17" }));

    const planned = await plan(t, "2026-12-02");
    expect(planned.invoices.map((i) => [i.period.start, i.lines.map((l) => `${l.kind}:${l.amount}`).join(",")])).toEqual([["2026-12-01", "service:129900"]]);
    expect(planned.backBilled).toEqual([]);
  });

  it("refuses a billed-elsewhere date before the start date, and takes an empty one as none", async () => {
    const { t, planId, customerId } = await tenant("migrated-bad");
    const request = await requestAs(db.app, t, t.ownerId);
    const refused = await addSubscriptionAction.runWith(request, form({ customerId, planId, startDate: "2026-11-10", label: "", billedElsewhereUntil: "2026-10-31" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { billedElsewhereUntil: ["Use a date on or after the start date: the other system billed this line from its start."] } });
    const plain = await addSubscriptionAction.runWith(request, form({ customerId, planId, startDate: "2026-11-10", label: "", billedElsewhereUntil: "" }));
    expect(plain).toEqual({ ok: true, data: { message: "Subscription added. Activate it once the line is installed." } });
    expect(await rows(t, sql`select billed_elsewhere_until from subscriptions`)).toEqual([{ billed_elsewhere_until: null }]);
  });

  it("the customer import keeps the file's billed-until date, and takes a line without one as billed up to the current period", async () => {
    const { t } = await tenant("import-billed");
    const today = tenantDate(new Date(), "Asia/Manila");
    const monthStart = `${today.slice(0, 7)}-01`;
    const csv = [
      "Customer Name,Mobile No.,Brgy,Plan,Date Installed,Paid Until",
      `Maria Santos,0917 111 2222,Carmen,Fiber 50,2024-05-17,${addDays(monthStart, 9)}`,
      "Jose Reyes,0917 111 3333,Carmen,Fiber 50,2024-05-17,",
      `Ana Garcia,0917 111 4444,Carmen,Fiber 50,${today},`,
    ].join("\r\n");
    const mapping: ColumnMapping = { name: 0, mobile: 1, barangay: 2, plan: 3, startDate: 4, billedUntil: 5 };
    const file = { fileName: "old-system.csv", csv: `${csv}\r\n`, mapping: JSON.stringify(mapping) };
    const preview = await previewCustomerImportAction.runWith(await requestAs(db.app, t, t.ownerId), form(file));
    expect(preview).toMatchObject({ ok: true, data: { preview: { okRows: 3, billing: { fromFile: 1, assumed: 1, assumedUntil: addDays(monthStart, -1), fromStart: 1 } } } });
    const result = await importCustomersAction.runWith(await requestAs(db.app, t, t.ownerId), form({ ...file, createBarangays: "false", city: "", province: "" }));
    expect(result).toMatchObject({ ok: true, data: { status: "imported", customers: 3, subscriptions: 3 } });
    const lines = await rows<{ first_name: string; billed: string | null }>(
      t,
      sql`select c.first_name, s.billed_elsewhere_until::text as billed from subscriptions s join customers c on c.id = s.customer_id order by c.first_name`,
    );
    expect(lines).toEqual([
      { first_name: "Ana", billed: null },
      { first_name: "Jose", billed: addDays(monthStart, -1) },
      { first_name: "Maria", billed: addDays(monthStart, 9) },
    ]);
  });

  it("the migration takes existing never-invoiced lines activated before the current period as billed elsewhere until it, as billing did", async () => {
    const today = tenantDate(new Date(), "Asia/Manila");
    const cycles = [
      { slug: "mig-fixed-1", cycle: { kind: "fixed", day: 1 } },
      { slug: "mig-fixed-15", cycle: { kind: "fixed", day: 15 } },
      { slug: "mig-anniversary", cycle: { kind: "anniversary", day: 1 } },
    ] as const;
    const made: { t: TestTenant; cycle: (typeof cycles)[number]["cycle"]; earlier: string; recent: string; invoiced: string; activatedOn: string }[] = [];
    for (const { slug, cycle } of cycles) {
      const { t, planId, customerId } = await tenant(slug);
      const activatedOn = addDays(today, -100);
      const ids = await withTenantOn(db.app, t.tenantId, async (tx) => {
        const ctx = { ...actingAs(tx, t), userId: t.ownerId };
        await tx.insert(billingSettings).values({ tenantId: t.tenantId, cycleKind: cycle.kind, cycleDay: cycle.kind === "fixed" ? cycle.day : 1 });
        const line = async (on: string) => {
          const s = await addSubscription(ctx, t.tenantId, { customerId, planId, startDate: on, label: on });
          await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: on });
          return s.id;
        };
        const invoiced = await line(activatedOn);
        await executeBillingRun(ctx, t.tenantId, today);
        return { earlier: await line(activatedOn), recent: await line(today), invoiced };
      });
      made.push({ t, cycle, activatedOn, ...ids });
    }
    const statement = migrationSql("billed_elsewhere_until").split("--> statement-breakpoint").find((part) => part.includes("DO $$"))!;
    // Twice: what the first run marked is left alone.
    for (let i = 0; i < 2; i++) await db.asOwner((owner) => owner.execute(sql.raw(statement)));
    for (const m of made) {
      const byId = new Map(
        (await rows<{ id: string; billed: string | null }>(m.t, sql`select id, billed_elsewhere_until::text as billed from subscriptions`)).map((r) => [r.id, r.billed]),
      );
      // The same reckoning as the import's assumption (lib/customers/import/validate.ts).
      expect(byId.get(m.earlier), m.t.slug).toBe(assumedBilledUntil(m.activatedOn, today, m.cycle));
      expect(byId.get(m.earlier), m.t.slug).not.toBeNull();
      expect(byId.get(m.recent), m.t.slug).toBeNull();
      expect(byId.get(m.invoiced), m.t.slug).toBeNull();
      const audits = await rows<{ entity_id: string; user_id: string | null; user_agent: string }>(
        m.t,
        sql`select entity_id, user_id, user_agent from audit_log where action = 'subscription.billed_elsewhere'`,
      );
      expect(audits).toEqual([{ entity_id: m.earlier, user_id: null, user_agent: "fiberbill-migration" }]);
      // Billing reads it as it read the line before: the current period, without the installation fee.
      const planned = await plan(m.t, today);
      expect(planned.backBilled, m.t.slug).toEqual([]);
      expect(planned.invoices.filter((i) => i.subscriptionId === m.earlier).flatMap((i) => i.lines.map((l) => l.kind))).toEqual(["service"]);
    }
  });
});
