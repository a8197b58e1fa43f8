import { migrationSql } from "../support/migration-file";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerPage, listCustomers, type CustomerPageOptions } from "@/db/queries/customers";
import { statementSources } from "@/db/queries/statements";
import { billingSettings } from "@/db/schema";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { createAdjustment } from "@/lib/billing/adjustments";
import { voidInvoice } from "@/lib/billing/invoice-void";
import { buildLedger } from "@/lib/billing/ledger";
import { customerBalance, postPayment, voidPayment } from "@/lib/billing/payments";
import { executeBillingRun } from "@/lib/billing/run";
import { createCustomer } from "@/lib/customers/customers";
import { runDailyPipeline } from "@/lib/jobs/daily";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { backends, type TestDatabase } from "../support/databases";
import { rows } from "../support/sql";
import { actingAs, signUp, type TestTenant } from "../support/tenants";

const PLACE = { city: "Cagayan de Oro City", province: "Misamis Oriental" };
const NAMES = ["Ana Reyes", "Ben Santos", "Carla Villanueva", "Dodong Garcia", "Ella Bautista", "Felix Ramos"];

/**
 * The balance kept in customer_balances (triggers of migration 0012) against
 * the ledger, through a month of everything that moves money: billing runs,
 * payments under, at and over the amount due, a voided payment, charges and
 * credits, late fees from the daily job, a VAT mode change while charges wait
 * for an invoice, a voided invoice and a cancellation credit. After every step
 * each customer's kept balance equals customerBalance (the cashier's figure)
 * and the statement of account's closing balance. Then the customer list's
 * Balance column, "owes money" filter and balance sort read it.
 */
describe.each(backends)("customer balances on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  const people: Record<string, string> = {};
  const lines: Record<string, string> = {};
  const inA = <T>(fn: Parameters<typeof withTenantOn<T>>[2]) => withTenantOn(db.app, a.tenantId, fn);
  const ctxOf = (tx: Parameters<Parameters<typeof withTenantOn>[2]>[0], t: TestTenant, today: string) => ({ ...actingAs(tx, t), userId: t.ownerId, tenantId: t.tenantId, today });

  /** Every customer of `t`: [kept, cashier's balance, statement closing]. */
  async function balancesOf(t: TestTenant) {
    return withTenantOn(db.app, t.tenantId, async (tx) => {
      const kept = await rows<{ id: string; balance: string | number }>(tx, sql`select c.id, b.balance from customers c left join customer_balances b on b.tenant_id = c.tenant_id and b.customer_id = c.id order by c.account_no`);
      const out: { id: string; kept: number | null; derived: number; statement: number }[] = [];
      for (const k of kept) {
        out.push({
          id: k.id,
          kept: k.balance === null ? null : Number(k.balance),
          derived: await customerBalance(tx, k.id),
          statement: buildLedger(await statementSources(tx, { customerId: k.id })).closing,
        });
      }
      return out;
    });
  }

  async function expectKeptEqualsLedger(step: string) {
    for (const t of [a, b]) {
      const all = await balancesOf(t);
      expect(all.length, `${step}: customers of ${t.slug}`).toBeGreaterThan(0);
      for (const c of all) {
        expect(c.derived, `${step}: ${t.slug} ${c.id} statement`).toBe(c.statement);
        expect(c.kept, `${step}: ${t.slug} ${c.id} kept balance`).toBe(c.derived);
      }
    }
  }

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "balance-a");
    b = await signUp(db.app, "balance-b");
    for (const t of [a, b]) {
      await withTenantOn(db.app, t.tenantId, async (tx) => {
        const ctx = ctxOf(tx, t, "2026-01-01");
        await tx.insert(billingSettings).values({ tenantId: t.tenantId, dueDays: 7, graceDays: 5, lateFeeKind: "flat", lateFeeAmount: 10000 });
        const brgy = await createBarangay(ctx, t.tenantId, { name: "Carmen", ...PLACE });
        const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 0, description: "" });
        for (const [i, name] of (t === a ? NAMES : NAMES.slice(0, 2)).entries()) {
          const [firstName, lastName] = name.split(" ") as [string, string];
          const c = await createCustomer(ctx, t.tenantId, { firstName, lastName, mobile: `+63917555${String(1000 + i)}`, addressLine: "", barangayId: brgy.id, notes: "" });
          if (t === a) people[firstName] = c.id;
          // Felix has no line: a charge on his account waits for an invoice that never comes.
          if (firstName === "Felix") continue;
          const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: "2026-01-01", label: "" });
          await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: "2026-01-01" });
          if (t === a) lines[firstName] = s.id;
        }
      });
    }
  });
  afterAll(async () => db?.drop());

  it("starts every new customer at zero", async () => {
    await expectKeptEqualsLedger("new customers");
    expect((await balancesOf(a)).map((c) => c.kept)).toEqual(NAMES.map(() => 0));
  });

  it("equals the ledger after every kind of money movement", async () => {
    for (const t of [a, b]) await withTenantOn(db.app, t.tenantId, (tx) => executeBillingRun(ctxOf(tx, t, "2026-01-01"), t.tenantId, "2026-01-01"));
    await expectKeptEqualsLedger("first billing run");

    let voidable = "";
    await inA(async (tx) => {
      const ctx = ctxOf(tx, a, "2026-01-03");
      await postPayment(ctx, a.tenantId, { customerId: people.Ana!, amount: 129900, method: "cash", paidOn: "2026-01-03" });
      await postPayment(ctx, a.tenantId, { customerId: people.Ben!, amount: 50000, method: "gcash", reference: "GC-1", paidOn: "2026-01-03" });
      await postPayment(ctx, a.tenantId, { customerId: people.Carla!, amount: 200000, method: "maya", reference: "MY-1", paidOn: "2026-01-03" });
      voidable = (await postPayment(ctx, a.tenantId, { customerId: people.Dodong!, amount: 129900, method: "cash", paidOn: "2026-01-03" })).id;
    });
    await expectKeptEqualsLedger("payments: full, part, over");

    await inA((tx) => voidPayment(ctxOf(tx, a, "2026-01-04"), voidable, "Wrong customer"));
    await expectKeptEqualsLedger("a voided payment");

    await inA(async (tx) => {
      const ctx = ctxOf(tx, a, "2026-01-05");
      await createAdjustment(ctx, a.tenantId, { customerId: people.Felix!, kind: "charge", amount: 150000, reason: "Router", effectiveOn: "2026-01-05" });
      await createAdjustment(ctx, a.tenantId, { customerId: people.Ella!, kind: "charge", amount: 33333, reason: "Site visit", effectiveOn: "2026-01-05" });
      await createAdjustment(ctx, a.tenantId, { customerId: people.Ben!, kind: "credit", amount: 20000, reason: "Outage", effectiveOn: "2026-01-05" });
    });
    await expectKeptEqualsLedger("charges and credits");

    // Past due and grace: late fees (and suspensions) from the daily job.
    await runDailyPipeline(db.app, a.tenantId, "2026-01-14", "cli", { userId: a.ownerId });
    await expectKeptEqualsLedger("the daily job's late fees");

    // VAT on top from now on: every charge and credit still waiting for an invoice is worth 12 % more.
    await inA((tx) => tx.update(billingSettings).set({ taxMode: "vat_exclusive", vatRateBp: 1200 }).where(eq(billingSettings.tenantId, a.tenantId)));
    await expectKeptEqualsLedger("VAT mode changed with charges pending");

    await inA((tx) => executeBillingRun(ctxOf(tx, a, "2026-02-01"), a.tenantId, "2026-02-01"));
    await expectKeptEqualsLedger("second billing run (charges billed, with VAT)");

    await inA(async (tx) => {
      // Ella's January invoice, unpaid and with a late fee on it (reversed with it); Ana's February one.
      const open = await rows<{ id: string }>(
        tx,
        sql`select id from invoices where (customer_id = ${people.Ella!} and issue_date = '2026-01-01') or (customer_id = ${people.Ana!} and issue_date = '2026-02-01') order by number`,
      );
      expect(open).toHaveLength(2);
      for (const inv of open) await voidInvoice(ctxOf(tx, a, "2026-02-02"), inv.id, "Billed by mistake");
    });
    await expectKeptEqualsLedger("voided invoices (a late fee reversed with one)");

    await inA((tx) => transitionSubscription(ctxOf(tx, a, "2026-02-10"), a.tenantId, lines.Carla!, "cancel", { date: "2026-02-10", reason: "Moved away" }));
    await expectKeptEqualsLedger("a cancellation's credit for unused days");

    await inA((tx) => tx.update(billingSettings).set({ taxMode: "none" }).where(eq(billingSettings.tenantId, a.tenantId)));
    await expectKeptEqualsLedger("VAT mode back to none");

    // The month moved money both ways: some owe, some hold credit.
    const kept = (await balancesOf(a)).map((c) => c.kept!);
    expect(kept.some((v) => v > 0)).toBe(true);
    expect(kept.some((v) => v < 0)).toBe(true);
  });

  describe("in the customer list", () => {
    const view = (opts: Partial<CustomerPageOptions>) => inA((tx) => listCustomers(tx, { sort: "name", dir: "asc", page: 1, pageSize: 50, ...opts }));
    const ledger = async () => new Map((await balancesOf(a)).map((c) => [c.id, c.derived]));

    it("shows each customer's balance", async () => {
      const expected = await ledger();
      const list = await view({});
      expect(list.rows).toHaveLength(NAMES.length);
      for (const r of list.rows) expect(r.balance, r.firstName).toBe(expected.get(r.id));
    });

    it("filters to those who owe money, or hold credit, and counts them", async () => {
      const expected = await ledger();
      const owing = await view({ balance: "owing" });
      expect(owing.rows.map((r) => r.id).sort()).toEqual([...expected].filter(([, v]) => v > 0).map(([id]) => id).sort());
      expect(owing.total).toBe(owing.rows.length);
      const credit = await view({ balance: "credit" });
      expect(credit.rows.map((r) => r.id).sort()).toEqual([...expected].filter(([, v]) => v < 0).map(([id]) => id).sort());
      // With a search too.
      const ben = await view({ balance: "owing", q: "santos" });
      expect(expected.get(people.Ben!)).toBeGreaterThan(0);
      expect(ben.rows.map((r) => r.firstName)).toEqual(["Ben"]);
      expect(await view({ balance: "credit", q: "santos" })).toMatchObject({ rows: [], total: 0 });
    });

    it("sorts by balance, largest first, and pages with Next exactly as by page number", async () => {
      const expected = await ledger();
      const byBalance = [...expected].sort((x, y) => y[1] - x[1] || (y[0] < x[0] ? -1 : 1)).map(([id]) => id);
      const all = await view({ sort: "balance", dir: "desc" });
      expect(all.rows.map((r) => r.id)).toEqual(byBalance);
      const ascending = await view({ sort: "balance", dir: "asc" });
      expect(ascending.rows.map((r) => r.id)).toEqual([...byBalance].reverse());

      const paged: string[] = [];
      let page = await view({ sort: "balance", dir: "desc", pageSize: 4 });
      for (let n = 2; ; n++) {
        paged.push(...page.rows.map((r) => r.id));
        if (!page.hasNext) break;
        page = await view({ sort: "balance", dir: "desc", pageSize: 4, page: n, after: page.rows.at(-1)!.id });
      }
      expect(paged).toEqual(byBalance);
      const back = await view({ sort: "balance", dir: "desc", pageSize: 4, page: 1, before: byBalance[4] });
      expect(back.rows.map((r) => r.id)).toEqual(byBalance.slice(0, 4));
      const owingPage = await inA((tx) => customerPage(tx, { sort: "balance", dir: "desc", page: 1, pageSize: 50, balance: "owing" }));
      expect(owingPage.rows.map((r) => r.id)).toEqual(byBalance.filter((id) => expected.get(id)! > 0));
    });
  });

  it("the balance-triggers migration fills in the balances of customers who existed before it", async () => {
    const before = await balancesOf(a);
    const migration = migrationSql("customer_balance_triggers");
    const backfill = migration.split("--> statement-breakpoint").find((statement) => statement.includes("DO $$"))!;
    await db.asOwner(async (owner) => {
      await owner.execute(sql`delete from customer_balances`);
      await owner.execute(sql.raw(backfill));
    });
    expect(await balancesOf(a)).toEqual(before);
    await expectKeptEqualsLedger("after the backfill");
  });

  it("counts a charge made before the billing settings with the VAT the settings then add", async () => {
    const c = await signUp(db.app, "balance-c");
    const kept = () => withTenantOn(db.app, c.tenantId, async (tx) => {
      const [r] = await rows<{ id: string; balance: string | number }>(tx, sql`select customer_id as id, balance from customer_balances`);
      return { kept: Number(r!.balance), derived: await customerBalance(tx, r!.id) };
    });
    await withTenantOn(db.app, c.tenantId, async (tx) => {
      const ctx = ctxOf(tx, c, "2026-01-01");
      const brgy = await createBarangay(ctx, c.tenantId, { name: "Bulua", ...PLACE });
      const cust = await createCustomer(ctx, c.tenantId, { firstName: "Gina", lastName: "Lim", mobile: "+639175550777", addressLine: "", barangayId: brgy.id, notes: "" });
      await createAdjustment(ctx, c.tenantId, { customerId: cust.id, kind: "charge", amount: 100000, reason: "Installation", effectiveOn: "2026-01-01" });
    });
    expect(await kept()).toEqual({ kept: 100000, derived: 100000 });
    await withTenantOn(db.app, c.tenantId, (tx) => tx.insert(billingSettings).values({ tenantId: c.tenantId, taxMode: "vat_exclusive", vatRateBp: 1200 }));
    expect(await kept()).toEqual({ kept: 112000, derived: 112000 });
  });

  it("keeps each tenant's balances walled off", async () => {
    const ofB = await withTenantOn(db.app, b.tenantId, (tx) => rows<{ n: number }>(tx, sql`select count(*)::int as n from customer_balances`));
    expect(ofB[0]!.n).toBe(2);
    const none = await db.app.transaction((tx) => rows(tx, sql`select * from customer_balances`));
    expect(none).toEqual([]);
  });
});
