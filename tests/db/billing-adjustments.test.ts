import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { createAdjustment } from "@/lib/billing/adjustments";
import { voidInvoice } from "@/lib/billing/invoice-void";
import { customerBalance, postPayment } from "@/lib/billing/payments";
import { executeBillingRun } from "@/lib/billing/run";
import { createBarangay } from "@/lib/barangays/barangays";
import { createCustomer } from "@/lib/customers/customers";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { backends, type TestDatabase } from "../support/databases";
import { actingAs, signUp, type TestTenant } from "../support/tenants";

/** One customer on Fiber 50 (₱1,299.00) from Mar 1, fixed cycle day 1. */
async function oneSubscriber(db: TestDatabase, slug: string) {
  const t = await signUp(db.app, slug);
  const ids = await withTenantOn(db.app, t.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: "2026-03-01" };
    const brgy = await createBarangay(ctx, t.tenantId, { name: "Gusa", city: "Cagayan de Oro City", province: "Misamis Oriental" });
    const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 0, description: "" });
    const c = await createCustomer(ctx, t.tenantId, { firstName: "Lorna", lastName: "Villanueva", mobile: "+639175550177", barangayId: brgy.id, addressLine: "", notes: "" });
    const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: "2026-03-01", label: "" });
    await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: "2026-03-01" });
    return { customerId: c.id, subscriptionId: s.id };
  });
  return { t, ...ids };
}

describe.each(backends)("charges and credits on invoices on $name", ({ open }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => db?.drop());

  const inTenant = <T,>(t: TestTenant, fn: (ctx: ReturnType<typeof actingAs> & { userId: string; tenantId: string }) => Promise<T>) =>
    withTenantOn(db.app, t.tenantId, (tx) => fn({ ...actingAs(tx, t), userId: t.ownerId, tenantId: t.tenantId }));
  const rows = <T,>(t: TestTenant, query: ReturnType<typeof sql>) => inTenant(t, async ({ tx }) => rowsOf<T>(await tx.execute(query)));

  it("bills a pending charge on the next invoice once; a void puts it back for the re-issued invoice", async () => {
    const { t, customerId } = await oneSubscriber(db, "adj-charge");
    await inTenant(t, (ctx) => createAdjustment(ctx, t.tenantId, { customerId, kind: "charge", amount: 150000, reason: "Router replacement", effectiveOn: "2026-02-27" }));
    const before = await inTenant(t, (ctx) => customerBalance(ctx.tx, customerId));
    expect(before).toBe(150000);
    const run = await inTenant(t, (ctx) => executeBillingRun(ctx, t.tenantId, "2026-03-01"));
    expect(run.invoices[0]!.lines.map((l) => `${l.kind}:${l.amount}`)).toEqual(["service:129900", "adjustment:150000"]);
    expect(run.invoices[0]!.totals.total).toBe(279900);
    // The charge is now inside the invoice: the balance counts it once.
    expect(await inTenant(t, (ctx) => customerBalance(ctx.tx, customerId))).toBe(279900);
    const [billed] = await rows<{ invoice_id: string | null }>(t, sql`select invoice_id from adjustments`);
    expect(billed!.invoice_id).not.toBeNull();

    await inTenant(t, (ctx) => voidInvoice(ctx, billed!.invoice_id!, "Wrong plan"));
    expect(await rows(t, sql`select invoice_id from adjustments`)).toEqual([{ invoice_id: null }]);
    expect(await inTenant(t, (ctx) => customerBalance(ctx.tx, customerId))).toBe(150000);
    const again = await inTenant(t, (ctx) => executeBillingRun(ctx, t.tenantId, "2026-03-01"));
    expect(again.invoices[0]!.totals.total).toBe(279900);
  });

  it("carries a credit larger than the invoice forward, and reverses it when that invoice is voided", async () => {
    const { t, customerId } = await oneSubscriber(db, "adj-credit");
    await inTenant(t, (ctx) => createAdjustment(ctx, t.tenantId, { customerId, kind: "credit", amount: 200000, reason: "Outage compensation", effectiveOn: "2026-02-27" }));
    const run = await inTenant(t, (ctx) => executeBillingRun(ctx, t.tenantId, "2026-03-01"));
    expect(run.invoices[0]!.totals.total).toBe(0);
    const carried = await rows<{ kind: string; category: string; amount: string; invoice_id: string | null }>(t, sql`
      select kind, category, amount::text, invoice_id from adjustments where category = 'credit_carried'`);
    expect(carried).toEqual([{ kind: "credit", category: "credit_carried", amount: "70100", invoice_id: null }]);
    expect(await inTenant(t, (ctx) => customerBalance(ctx.tx, customerId))).toBe(-70100);

    const [invoice] = await rows<{ id: string }>(t, sql`select id from invoices`);
    await inTenant(t, (ctx) => voidInvoice(ctx, invoice!.id, "Issued by mistake"));
    // The original credit is pending again; the carried part is cancelled by a reversal: nothing is counted twice.
    expect(await inTenant(t, (ctx) => customerBalance(ctx.tx, customerId))).toBe(-200000);
    const reversal = await rows<{ kind: string; amount: string }>(t, sql`select kind, amount::text from adjustments where category = 'reversal'`);
    expect(reversal).toEqual([{ kind: "charge", amount: "70100" }]);
  });

  it("credits the unused, paid days when a subscription is cancelled mid-period", async () => {
    const { t, customerId, subscriptionId } = await oneSubscriber(db, "adj-cancel");
    await inTenant(t, (ctx) => executeBillingRun(ctx, t.tenantId, "2026-03-01"));
    await inTenant(t, (ctx) => postPayment(ctx, t.tenantId, { customerId, amount: 129900, method: "cash", paidOn: "2026-03-02" }));
    await inTenant(t, (ctx) => transitionSubscription(ctx, t.tenantId, subscriptionId, "cancel", { date: "2026-03-20", reason: "Moving to Manila" }));
    const credit = await rows<{ kind: string; category: string; amount: string; effective_on: string }>(t, sql`
      select kind, category, amount::text, effective_on::text from adjustments`);
    // 12 of 31 days of ₱1,299.00: 50283.87 -> ₱502.84.
    expect(credit).toEqual([{ kind: "credit", category: "cancellation", amount: "50284", effective_on: "2026-03-20" }]);
    expect(await inTenant(t, (ctx) => customerBalance(ctx.tx, customerId))).toBe(-50284);
    // Nothing more is billed after the cancellation.
    const april = await inTenant(t, (ctx) => executeBillingRun(ctx, t.tenantId, "2026-04-01"));
    expect(april.invoices).toHaveLength(0);
  });
  it("VAT-added seller: a pending charge counts with its VAT, so billing it leaves the balance where it was", async () => {
    const { t, customerId } = await oneSubscriber(db, "adj-vat-added");
    await inTenant(t, ({ tx }) => tx.execute(sql`insert into billing_settings (tenant_id, tax_mode, vat_rate_bp) values (${t.tenantId}, 'vat_exclusive', 1200)`));
    await inTenant(t, (ctx) => createAdjustment(ctx, t.tenantId, { customerId, kind: "charge", amount: 10000, reason: "Late fee", effectiveOn: "2026-02-27" }));
    // ₱100.00 plus 12% VAT.
    expect(await inTenant(t, (ctx) => customerBalance(ctx.tx, customerId))).toBe(11200);
    const run = await inTenant(t, (ctx) => executeBillingRun(ctx, t.tenantId, "2026-03-01"));
    // (129900 + 10000) × 1.12 = 156688: the invoice carries the same VAT on the charge.
    expect(run.invoices[0]!.totals).toMatchObject({ subtotal: 139900, vat: 16788, total: 156688 });
    expect(await inTenant(t, (ctx) => customerBalance(ctx.tx, customerId))).toBe(156688);
  });
});
