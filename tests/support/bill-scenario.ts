import { and, eq } from "drizzle-orm";
import { billingSettings, invoices } from "@/db/schema";
import type { Database, Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { postPayment } from "@/lib/billing/payments";
import { executeBillingRun } from "@/lib/billing/run";
import { createCustomer } from "@/lib/customers/customers";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { actingAs, signUp, type TestTenant } from "./tenants";

/** How the scenario's ISP is paid, as Settings > Billing stores it. */
export const PAY_TO = {
  gcashNumber: "+639171234567",
  gcashName: "Juan Dela Cruz",
  mayaNumber: "+639181234567",
  mayaName: "JDC Fiber",
  bankAccounts: "BDO Savings 0012 3456 7890, JDC Fiber Internet Services\nLandBank Current 1234-5678-90, Juan Dela Cruz",
  officeHours: "Mon–Sat 8:00 AM – 5:00 PM, 12 Corrales Ave, Carmen",
};

/**
 * A business customer's first two months: activated Mar 20 (fixed cycle on
 * the 1st, due 7 days after issue, 5 grace days), billed Mar 20 for the rest
 * of March and the installation (₱2,002.84, unpaid in part: ₱1,000.00 by
 * GCash on Mar 25), then billed Apr 1 for April (₱1,299.00). A household
 * neighbour, billed too, paid nothing.
 */
export async function billScenario(app: Database, slug: string) {
  const t: TestTenant = await signUp(app, slug);
  // One transaction a step, as in production: the ledger orders same-day entries by when they were recorded.
  const step = <T>(today: string, fn: (ctx: ReturnType<typeof ctxOf>) => Promise<T>) => withTenantOn(app, t.tenantId, (tx) => fn(ctxOf(tx, today)));
  const ctxOf = (tx: Tx, today: string) => ({ ...actingAs(tx, t), tx, userId: t.ownerId, tenantId: t.tenantId, today });
  const ids = await step("2026-03-20", async (ctx) => {
    await ctx.tx.insert(billingSettings).values({
      tenantId: t.tenantId,
      businessName: "JDC Fiber Internet Services",
      address: "12 Corrales Ave, Carmen, Cagayan de Oro City",
      tin: "123456789",
      dueDays: 7,
      graceDays: 5,
      ...PAY_TO,
    });
    const brgy = await createBarangay(ctx, t.tenantId, { name: "Carmen", city: "Cagayan de Oro City", province: "Misamis Oriental" });
    const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 150000, description: "" });
    const people = [
      { firstName: "Niño", lastName: "Pacaña", mobile: "+639170000001", tin: "12345678900000", addressLine: "Purok 2" },
      { firstName: "Maria", lastName: "Santos", mobile: "+639170000002", addressLine: "Purok 5" },
    ];
    const out: string[] = [];
    for (const p of people) {
      const c = await createCustomer(ctx, t.tenantId, { ...p, barangayId: brgy.id, notes: "" });
      const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: "2026-03-20", label: "" });
      await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: "2026-03-20" });
      out.push(c.id);
    }
    return out;
  });
  const march = await step("2026-03-20", async (ctx) => (await executeBillingRun(ctx, t.tenantId, "2026-03-20")).runId!);
  await step("2026-03-25", (ctx) => postPayment(ctx, t.tenantId, { customerId: ids[0]!, amount: 100000, method: "gcash", reference: "5000000001", paidOn: "2026-03-25" }));
  const april = await step("2026-04-01", async (ctx) => (await executeBillingRun(ctx, t.tenantId, "2026-04-01")).runId!);
  const invoiceOf = (customerId: string, runId: string) =>
    step("2026-04-01", async ({ tx }) => (await tx.select({ id: invoices.id, number: invoices.number, total: invoices.total, dueDate: invoices.dueDate }).from(invoices).where(and(eq(invoices.customerId, customerId), eq(invoices.billingRunId, runId))))[0]!);
  return {
    tenant: t,
    /** Runs `fn` in a transaction of the tenant, acting as its owner on `today`. */
    step,
    business: { id: ids[0]!, march: await invoiceOf(ids[0]!, march), april: await invoiceOf(ids[0]!, april) },
    household: { id: ids[1]!, march: await invoiceOf(ids[1]!, march), april: await invoiceOf(ids[1]!, april) },
    runs: { march, april },
  };
}
