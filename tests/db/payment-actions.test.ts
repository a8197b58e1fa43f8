import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postPaymentAction, voidPaymentAction } from "@/app/(tenant)/t/[tenant]/(app)/payments/actions";
import { dayCollections, getPayment, openInvoicesOf, recentPayments } from "@/db/queries/payments";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { customerBalance } from "@/lib/billing/payments";
import { executeBillingRun } from "@/lib/billing/run";
import { createCustomer } from "@/lib/customers/customers";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { actingAs, addStaff, signUp, type TestTenant } from "../support/tenants";

/** A tenant with one active subscriber billed for March and April 2026 (₱2,799.00 + ₱1,299.00). */
async function billedTenant(db: TestDatabase, slug: string) {
  const t = await signUp(db.app, slug);
  const customerId = await withTenantOn(db.app, t.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: "2026-03-01" };
    const brgy = await createBarangay(ctx, t.tenantId, { name: "Lapasan", city: "Cagayan de Oro City", province: "Misamis Oriental" });
    const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 150000, description: "" });
    const c = await createCustomer(ctx, t.tenantId, { firstName: "Maria", lastName: "Santos", mobile: "+639175551234", barangayId: brgy.id, addressLine: "", notes: "" });
    const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: "2026-03-01", label: "" });
    await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: "2026-03-01" });
    await executeBillingRun({ ...ctx }, t.tenantId, "2026-03-01");
    await executeBillingRun({ ...ctx }, t.tenantId, "2026-04-01");
    return c.id;
  });
  return { t, customerId };
}

describe.each(backends)("payment actions on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let customerA: string;
  let customerB: string;
  let cashierA: string;
  let technicianA: string;
  const count = async (t: TestTenant, query: ReturnType<typeof sql>) =>
    withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<{ n: number }>(await tx.execute(query))[0]!.n);
  const paymentCount = (t: TestTenant) => count(t, sql`select count(*)::int as n from payments`);
  const balance = (t: TestTenant, customerId: string) => withTenantOn(db.app, t.tenantId, (tx) => customerBalance(tx, customerId));
  const invoiceIds = (t: TestTenant) =>
    withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<{ id: string }>(await tx.execute(sql`select id from invoices order by number`)).map((r) => r.id));
  const post = async (t: TestTenant, userId: string, values: Record<string, string | string[] | undefined>) =>
    postPaymentAction.runWith(await requestAs(db.app, t, userId), form({ paidOn: "2026-04-02", method: "cash", ...values }));

  beforeAll(async () => {
    db = await open();
    ({ t: a, customerId: customerA } = await billedTenant(db, "pay-alpha"));
    ({ t: b, customerId: customerB } = await billedTenant(db, "pay-bravo"));
    cashierA = await addStaff(db.app, a, "cashier@pay-alpha.test", "Cashier");
    technicianA = await addStaff(db.app, a, "tech@pay-alpha.test", "Technician");
  });
  afterAll(async () => db?.drop());

  it("lets a cashier post a payment: receipt number, oldest invoice first, overpayment as credit, audit row", async () => {
    const result = await post(a, cashierA, { customerId: customerA, amount: "4,500.00", method: "gcash", reference: "9012345678901" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({ receiptNumber: "PR-00000001", amount: 450000, allocated: 409800, balance: -40200 });
    expect(result.data.allocations).toEqual([
      { number: "INV-00000001", amount: 279900 },
      { number: "INV-00000002", amount: 129900 },
    ]);
    expect(await balance(a, customerA)).toBe(-40200);
    expect(await count(a, sql`select count(*)::int as n from audit_log where action = 'payment.post'`)).toBe(1);
  });

  it("reads what the cashier screen and the receipt show: open invoices oldest first, recent payments, allocations and credit", async () => {
    const { t, customerId } = await billedTenant(db, "pay-read");
    const open = () => withTenantOn(db.app, t.tenantId, (tx) => openInvoicesOf(tx, { customerId }));
    expect((await open()).map((i) => [i.number, i.balance])).toEqual([
      ["INV-00000001", 279900],
      ["INV-00000002", 129900],
    ]);
    const paid = await post(t, t.ownerId, { customerId, amount: "3,000", method: "bank_transfer", reference: "BDO-55" });
    if (!paid.ok) throw new Error(paid.error);
    expect((await open()).map((i) => [i.number, i.balance])).toEqual([["INV-00000002", 129900 - 20100]]);
    const detail = await withTenantOn(db.app, t.tenantId, (tx) => getPayment(tx, { id: paid.data.id }));
    expect(detail).toMatchObject({ receiptNumber: "PR-00000001", amount: 300000, allocated: 300000, credit: 0, cashier: "Olivia Owner", firstName: "Maria", status: "posted" });
    expect(detail?.allocations.map((a) => [a.number, a.amount])).toEqual([
      ["INV-00000001", 279900],
      ["INV-00000002", 20100],
    ]);
    await voidPaymentAction.runWith(await requestAs(db.app, t, t.ownerId), form({ id: paid.data.id, reason: "Bounced transfer" }));
    const voided = await withTenantOn(db.app, t.tenantId, (tx) => getPayment(tx, { id: paid.data.id }));
    expect(voided).toMatchObject({ status: "void", voidReason: "Bounced transfer", voidedBy: "Olivia Owner", allocations: [], credit: 0 });
    const recent = await withTenantOn(db.app, t.tenantId, (tx) => recentPayments(tx, { customerId }));
    expect(recent.map((p) => [p.receiptNumber, p.status])).toEqual([["PR-00000001", "void"]]);
    expect(await withTenantOn(db.app, a.tenantId, (tx) => getPayment(tx, { id: paid.data.id }))).toBeNull();
  });

  it("pays the invoices the cashier picked, in that order", async () => {
    const { t, customerId } = await billedTenant(db, "pay-pick");
    const [, april] = await invoiceIds(t);
    const result = await post(t, t.ownerId, { customerId, amount: "500", invoiceIds: [april!] });
    expect(result.ok && result.data.allocations).toEqual([{ number: "INV-00000002", amount: 50000 }]);
  });

  it("returns field errors for bad input and posts nothing", async () => {
    const before = await paymentCount(a);
    const noRef = await post(a, cashierA, { customerId: customerA, amount: "100", method: "gcash" });
    expect(noRef.ok).toBe(false);
    if (!noRef.ok) expect(noRef.fieldErrors.reference?.[0]).toMatch(/required for GCash, Maya and bank transfers/);
    const zero = await post(a, cashierA, { customerId: customerA, amount: "0" });
    if (!zero.ok) expect(zero.fieldErrors.amount?.[0]).toMatch(/more than ₱0.00/);
    const words = await post(a, cashierA, { customerId: customerA, amount: "one thousand" });
    if (!words.ok) expect(words.fieldErrors.amount?.[0]).toMatch(/amount in pesos/);
    const badDate = await post(a, cashierA, { customerId: customerA, amount: "100", paidOn: "2026-02-30" });
    if (!badDate.ok) expect(badDate.fieldErrors.paidOn).toEqual(["Enter a valid date."]);
    const future = await post(a, cashierA, { customerId: customerA, amount: "100", paidOn: "2999-01-01" });
    if (!future.ok) expect(future.fieldErrors.paidOn?.[0]).toMatch(/future/);
    expect([zero.ok, words.ok, badDate.ok, future.ok]).toEqual([false, false, false, false]);
    expect(await paymentCount(a)).toBe(before);
  });

  it("gives the same GCash reference a second time a clear error next to the reference", async () => {
    const before = await paymentCount(a);
    const again = await post(a, cashierA, { customerId: customerA, amount: "100", method: "gcash", reference: "9012345678901" });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.fieldErrors.reference).toEqual(["A GCash payment with reference 9012345678901 was already posted."]);
    expect(await paymentCount(a)).toBe(before);
  });

  it("refuses a technician, who lacks payments.create", async () => {
    const before = await paymentCount(a);
    const result = await post(a, technicianA, { customerId: customerA, amount: "100" });
    expect(result).toMatchObject({ ok: false, error: "You do not have permission to do that." });
    expect(await paymentCount(a)).toBe(before);
  });

  it("answers not found for another tenant's customer or invoice and changes nothing", async () => {
    const [beforeA, beforeB, balanceB] = [await paymentCount(a), await paymentCount(b), await balance(b, customerB)];
    const foreignCustomer = await post(a, a.ownerId, { customerId: customerB, amount: "100" });
    expect(foreignCustomer).toMatchObject({ ok: false, error: "That customer was not found." });
    const [invoiceOfB] = await invoiceIds(b);
    const foreignInvoice = await post(a, a.ownerId, { customerId: customerA, amount: "100", invoiceIds: [invoiceOfB!] });
    expect(foreignInvoice).toMatchObject({ ok: false, fieldErrors: { invoiceIds: ["Pick only open invoices of this customer."] } });
    expect([await paymentCount(a), await paymentCount(b), await balance(b, customerB)]).toEqual([beforeA, beforeB, balanceB]);
  });

  it("voids a payment with a reason for the owner and gives the invoices their balance back", async () => {
    const paid = await post(a, cashierA, { customerId: customerA, amount: "200", reference: "" });
    if (!paid.ok) throw new Error(paid.error);
    const before = await balance(a, customerA);
    const result = await voidPaymentAction.runWith(await requestAs(db.app, a, a.ownerId), form({ id: paid.data.id, reason: "Posted to the wrong account" }));
    expect(result).toMatchObject({ ok: true, data: { message: `Receipt ${paid.data.receiptNumber} is void; its amounts went back to the invoices.` } });
    expect(await balance(a, customerA)).toBe(before + 20000);
    const again = await voidPaymentAction.runWith(await requestAs(db.app, a, a.ownerId), form({ id: paid.data.id, reason: "twice" }));
    expect(again).toMatchObject({ ok: false, error: `Receipt ${paid.data.receiptNumber} is already void.` });
  });

  it("returns a field error for a void without a reason, and refuses a cashier, who lacks payments.void", async () => {
    const paid = await post(a, cashierA, { customerId: customerA, amount: "300" });
    if (!paid.ok) throw new Error(paid.error);
    const noReason = await voidPaymentAction.runWith(await requestAs(db.app, a, a.ownerId), form({ id: paid.data.id, reason: " " }));
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.fieldErrors.reason?.[0]).toMatch(/Say why/);
    const byCashier = await voidPaymentAction.runWith(await requestAs(db.app, a, cashierA), form({ id: paid.data.id, reason: "Customer changed mind" }));
    expect(byCashier).toMatchObject({ ok: false, error: "You do not have permission to do that." });
    expect(await count(a, sql`select count(*)::int as n from payments where status = 'void'`)).toBe(1);
  });

  it("answers not found for another tenant's payment and leaves it posted", async () => {
    const paidB = await post(b, b.ownerId, { customerId: customerB, amount: "100" });
    if (!paidB.ok) throw new Error(paidB.error);
    const result = await voidPaymentAction.runWith(await requestAs(db.app, a, a.ownerId), form({ id: paidB.data.id, reason: "Not ours to void" }));
    expect(result).toMatchObject({ ok: false, error: "That payment was not found." });
    expect(await count(b, sql`select count(*)::int as n from payments where status = 'posted'`)).toBe(1);
  });

  it("closes the day with totals equal to the sum of posted receipts, void ones listed but not counted", async () => {
    const byOwner = await post(a, a.ownerId, { customerId: customerA, amount: "1,000.50", method: "maya", reference: "MAYA-77" });
    expect(byOwner.ok).toBe(true);
    const day = await withTenantOn(db.app, a.tenantId, (tx) => dayCollections(tx, { date: "2026-04-02" }));
    const posted = await count(a, sql`select coalesce(sum(amount), 0)::int as n from payments where paid_on = '2026-04-02' and status = 'posted'`);
    expect(day.total).toBe(posted);
    expect(posted).toBe(450000 + 30000 + 100050);
    expect(day.groups.reduce((s, g) => s + g.total, 0)).toBe(posted);
    expect(day.groups.reduce((s, g) => s + g.count, 0)).toBe(day.count);
    expect(day.receipts).toHaveLength(day.count + day.voidCount);
    expect(day.voidCount).toBe(1);
    expect(day.groups.map((g) => [g.cashier, g.method, g.count])).toEqual([
      ["Olivia Owner", "maya", 1],
      ["Sam Staff", "cash", 1],
      ["Sam Staff", "gcash", 1],
    ]);
    const other = await withTenantOn(db.app, a.tenantId, (tx) => dayCollections(tx, { date: "2026-04-03" }));
    expect(other).toMatchObject({ receipts: [], groups: [], total: 0, count: 0 });
  });
});
