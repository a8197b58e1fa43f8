import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { planBillingRun, executeBillingRun } from "@/lib/billing/run";
import { customerBalance, postPayment, voidPayment } from "@/lib/billing/payments";
import { createBarangay } from "@/lib/barangays/barangays";
import { createCustomer } from "@/lib/customers/customers";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { UserFacingError } from "@/lib/errors";
import { backends, type TestDatabase } from "../support/databases";
import { actingAs, signUp, type TestTenant } from "../support/tenants";

type Row = Record<string, unknown>;
const q = async <T extends Row>(db: TestDatabase, t: TestTenant, query: ReturnType<typeof sql>) =>
  withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<T>(await tx.execute(query)));

/** A tenant with `n` customers on Fiber 50 (₱1,299, installation ₱1,500), activated on the given dates. */
async function tenantWithSubscribers(db: TestDatabase, slug: string, activations: string[]) {
  const t = await signUp(db.app, slug);
  const customerIds: string[] = [];
  await withTenantOn(db.app, t.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: "2026-03-01" };
    const brgy = await createBarangay(ctx, t.tenantId, { name: "Lapasan", city: "Cagayan de Oro City", province: "Misamis Oriental" });
    const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 150000, description: "" });
    for (const [i, day] of activations.entries()) {
      const c = await createCustomer(ctx, t.tenantId, { firstName: `Cust${i}`, lastName: "Billing", mobile: `+63917555${String(1000 + i).slice(-4)}`, barangayId: brgy.id, addressLine: "", notes: "" });
      const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: day, label: "" });
      await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: day });
      customerIds.push(c.id);
    }
  });
  return { t, customerIds };
}

describe.each(backends)("billing on $name", ({ open, name }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => db?.drop());

  it("bills each due subscription once: prorated first period with installation, then nothing new on a re-run", async () => {
    const { t } = await tenantWithSubscribers(db, "bill-once", ["2026-03-20", "2026-03-01"]);
    const first = await withTenantOn(db.app, t.tenantId, (tx) => executeBillingRun({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, "2026-03-20"));
    expect(first.numbers).toEqual(["INV-00000001", "INV-00000002"]);
    const invoices = await q<{ number: string; total: string; lines: string }>(db, t, sql`
      select i.number, i.total::text, string_agg(l.kind || ':' || l.amount, ',' order by l.position) as lines
      from invoices i join invoice_lines l on l.invoice_id = i.id group by i.number, i.total order by i.number`);
    expect(invoices).toEqual([
      // In account-number order: the first customer was activated Mar 20 (12/31 of the fee), the second Mar 1.
      { number: "INV-00000001", total: "200284", lines: "service:50284,installation:150000" },
      { number: "INV-00000002", total: "279900", lines: "service:129900,installation:150000" },
    ]);
    const again = await withTenantOn(db.app, t.tenantId, (tx) => executeBillingRun({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, "2026-03-20"));
    expect(again.invoices).toHaveLength(0);
    const april = await withTenantOn(db.app, t.tenantId, (tx) => planBillingRun(tx, t.tenantId, "2026-04-01"));
    expect(april.invoices.map((i) => i.totals.total)).toEqual([129900, 129900]);
    // After a gap, one run catches up: April, May and June for each subscription, in order.
    const june = await withTenantOn(db.app, t.tenantId, (tx) => planBillingRun(tx, t.tenantId, "2026-06-01"));
    expect(june.invoices.map((i) => `${i.accountNo} ${i.period.start}`)).toEqual([
      "ACC-000001 2026-04-01", "ACC-000001 2026-05-01", "ACC-000001 2026-06-01",
      "ACC-000002 2026-04-01", "ACC-000002 2026-05-01", "ACC-000002 2026-06-01",
    ]);
  });

  it("creates each invoice exactly once when two runs start at the same time, numbers gapless", async () => {
    const { t } = await tenantWithSubscribers(db, "bill-race", ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"]);
    const run = () => withTenantOn(db.app, t.tenantId, (tx) => executeBillingRun({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, "2026-03-10"));
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.invoices.length + b.invoices.length).toBe(4);
    const numbers = await q<{ number: string; n: number }>(db, t, sql`select number, count(*)::int as n from invoices group by number order by number`);
    expect(numbers.map((r) => r.number)).toEqual(["INV-00000001", "INV-00000002", "INV-00000003", "INV-00000004"]);
    const perSub = await q<{ n: number }>(db, t, sql`select count(*)::int as n from invoices group by subscription_id, period_start`);
    expect(perSub.every((r) => r.n === 1)).toBe(true);
    if (name === "postgres") expect([a.invoices.length, b.invoices.length].sort()).toEqual([0, 4]);
  });

  it("posts one of two same-reference GCash payments and gives the other a clear error", async () => {
    const { t, customerIds } = await tenantWithSubscribers(db, "bill-gcash", ["2026-03-01"]);
    const pay = () =>
      withTenantOn(db.app, t.tenantId, (tx) =>
        postPayment({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, { customerId: customerIds[0]!, amount: 129900, method: "gcash", reference: "9012345678901", paidOn: "2026-03-05" }),
      );
    const results = await Promise.allSettled([pay(), pay()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(UserFacingError);
    expect((rejected.reason as UserFacingError).fieldErrors.reference?.[0]).toMatch(/GCash payment with reference 9012345678901 was already posted/);
    const receipts = await q<{ receipt_number: string }>(db, t, sql`select receipt_number from payments`);
    expect(receipts.map((r) => r.receipt_number)).toEqual(["PR-00000001"]);
  });

  it("allocates to the oldest open invoices, keeps the overpayment as credit, and a void gives it all back", async () => {
    const { t, customerIds } = await tenantWithSubscribers(db, "bill-alloc", ["2026-03-01"]);
    const customerId = customerIds[0]!;
    const as = <T>(fn: (ctx: ReturnType<typeof actingAs> & { userId: string }) => Promise<T>) =>
      withTenantOn(db.app, t.tenantId, (tx) => fn({ ...actingAs(tx, t), userId: t.ownerId }));
    await as((ctx) => executeBillingRun(ctx, t.tenantId, "2026-03-01"));
    await as((ctx) => executeBillingRun(ctx, t.tenantId, "2026-04-01"));
    const balance = () => withTenantOn(db.app, t.tenantId, (tx) => customerBalance(tx, customerId));
    expect(await balance()).toBe(279900 + 129900);
    const paid = await as((ctx) => postPayment(ctx, t.tenantId, { customerId, amount: 300000, method: "cash", paidOn: "2026-04-02" }));
    expect(paid).toMatchObject({ allocated: 300000, credit: 0 });
    const statuses = await q<{ number: string; status: string; amount_paid: string }>(db, t, sql`select number, status, amount_paid::text from invoices order by number`);
    expect(statuses).toEqual([
      { number: "INV-00000001", status: "paid", amount_paid: "279900" },
      { number: "INV-00000002", status: "partially_paid", amount_paid: "20100" },
    ]);
    const over = await as((ctx) => postPayment(ctx, t.tenantId, { customerId, amount: 200000, method: "maya", reference: "MAYA-1", paidOn: "2026-04-03" }));
    expect(over).toMatchObject({ allocated: 109800, credit: 90200 });
    expect(await balance()).toBe(-90200);
    await as((ctx) => voidPayment(ctx, paid.id, "Wrong customer"));
    expect(await balance()).toBe(279900 + 129900 - 200000);
    const after = await q<{ status: string; amount_paid: string }>(db, t, sql`select status, amount_paid::text from invoices order by number`);
    // The Maya payment's unallocated ₱902.00 credit now pays toward the reopened first invoice.
    expect(after).toEqual([
      { status: "partially_paid", amount_paid: "90200" },
      { status: "partially_paid", amount_paid: "109800" },
    ]);
    await expect(as((ctx) => voidPayment(ctx, paid.id, "again"))).rejects.toThrow(/already void/);
  });

  it("uses a customer's credit on the next invoice", async () => {
    const { t, customerIds } = await tenantWithSubscribers(db, "bill-credit", ["2026-03-01"]);
    const customerId = customerIds[0]!;
    const as = <T>(fn: (ctx: ReturnType<typeof actingAs> & { userId: string }) => Promise<T>) =>
      withTenantOn(db.app, t.tenantId, (tx) => fn({ ...actingAs(tx, t), userId: t.ownerId }));
    await as((ctx) => executeBillingRun(ctx, t.tenantId, "2026-03-01"));
    // Pays March (₱2,799.00) and ₱1,000.00 ahead.
    await as((ctx) => postPayment(ctx, t.tenantId, { customerId, amount: 379900, method: "cash", paidOn: "2026-03-02" }));
    await as((ctx) => executeBillingRun(ctx, t.tenantId, "2026-04-01"));
    const april = await q<{ number: string; status: string; amount_paid: string }>(db, t, sql`select number, status, amount_paid::text from invoices order by number`);
    expect(april).toEqual([
      { number: "INV-00000001", status: "paid", amount_paid: "279900" },
      { number: "INV-00000002", status: "partially_paid", amount_paid: "100000" },
    ]);
    expect(await withTenantOn(db.app, t.tenantId, (tx) => customerBalance(tx, customerId))).toBe(29900);
  });

  it("keeps balances equal to invoices minus allocations plus adjustments over random payments and voids", async () => {
    const { t, customerIds } = await tenantWithSubscribers(db, "bill-random", ["2026-03-01", "2026-03-15"]);
    const as = <T>(fn: (ctx: ReturnType<typeof actingAs> & { userId: string }) => Promise<T>) =>
      withTenantOn(db.app, t.tenantId, (tx) => fn({ ...actingAs(tx, t), userId: t.ownerId }));
    for (const d of ["2026-03-15", "2026-04-01", "2026-05-01"]) await as((ctx) => executeBillingRun(ctx, t.tenantId, d));
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const posted: string[] = [];
    for (let step = 0; step < 30; step++) {
      const customerId = customerIds[rand(customerIds.length)]!;
      if (posted.length && rand(4) === 0) {
        const id = posted.splice(rand(posted.length), 1)[0]!;
        await as((ctx) => voidPayment(ctx, id, `random void ${step}`));
      } else {
        const p = await as((ctx) => postPayment(ctx, t.tenantId, { customerId, amount: 1 + rand(200000), method: "cash", paidOn: "2026-05-02" }));
        posted.push(p.id);
      }
      const broken = await q<Row>(db, t, sql`
        select i.number from invoices i
        left join (select a.invoice_id, sum(a.amount) as s from payment_allocations a join payments p on p.id = a.payment_id and p.status = 'posted' group by a.invoice_id) x on x.invoice_id = i.id
        where i.amount_paid <> coalesce(x.s, 0)
          or i.status <> case when i.amount_paid >= i.total then 'paid' when i.amount_paid > 0 then 'partially_paid' else 'open' end`);
      expect(broken, `step ${step}`).toEqual([]);
      for (const c of customerIds) {
        const [expected] = await q<{ v: string }>(db, t, sql`select (
          (select coalesce(sum(total), 0) from invoices where customer_id = ${c}) - (select coalesce(sum(amount), 0) from payments where customer_id = ${c} and status = 'posted'))::text as v`);
        expect(await withTenantOn(db.app, t.tenantId, (tx) => customerBalance(tx, c))).toBe(Number(expected!.v));
      }
    }
  });
});
