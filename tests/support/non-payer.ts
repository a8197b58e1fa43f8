import { billingSettings } from "@/db/schema";
import type { Database } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { createCustomer } from "@/lib/customers/customers";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { actingAs, signUp, type TestTenant } from "./tenants";

/** A tenant with one customer who never pays, on ₱1,299.00 a month from Jan 1, late fee ₱100.00. */
export async function tenantWithNonPayer(db: { app: Database }, slug: string): Promise<{ t: TestTenant; customerId: string }> {
  const t = await signUp(db.app, slug);
  const customerId = await withTenantOn(db.app, t.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: "2026-01-01" };
    await tx.insert(billingSettings).values({ tenantId: t.tenantId, lateFeeKind: "flat", lateFeeAmount: 10000, reconnectionFee: 20000 });
    const brgy = await createBarangay(ctx, t.tenantId, { name: "Nazareth", city: "Cagayan de Oro City", province: "Misamis Oriental" });
    const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 0, description: "" });
    const c = await createCustomer(ctx, t.tenantId, { firstName: "Ramon", lastName: "Bautista", mobile: "+639175550199", barangayId: brgy.id, addressLine: "", notes: "" });
    const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: "2026-01-01", label: "" });
    await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: "2026-01-01" });
    return c.id;
  });
  return { t, customerId };
}

