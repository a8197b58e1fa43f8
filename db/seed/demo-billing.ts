import { eq, sql } from "drizzle-orm";
import { billingSettings, users } from "../schema";
import { rowsOf } from "../rows";
import type { Database } from "../types";
import { withTenantOn } from "../with-tenant";
import { recordAudit } from "@/lib/audit/record";
import { postPayment, type PaymentMethod } from "@/lib/billing/payments";
import { executeBillingRun } from "@/lib/billing/run";
import { addDays } from "./dates";
import { seededRandom } from "./random";

const SELLER = {
  businessName: "Demo Fiber Internet Services",
  address: "2F Limketkai Drive, Lapasan, Cagayan de Oro City, Misamis Oriental 9000",
  tin: "009876543",
  branchCode: "0000",
};

/**
 * The demo's billing: its seller details, this month's billing run, and
 * payments from about two in three customers (cash at the counter, GCash,
 * Maya), posted by the cashier. Once: skipped when settings exist.
 */
export async function seedDemoBilling(app: Database, tenantId: string, cashierEmail: string, today: string): Promise<number> {
  const [cashier] = await withTenantOn(app, tenantId, (tx) => tx.select({ id: users.id }).from(users).where(eq(users.email, cashierEmail)));
  const cashierId = cashier?.id ?? null;
  const ctxFor = (tx: Parameters<Parameters<typeof withTenantOn>[2]>[0]) => ({
    tx,
    userId: cashierId,
    audit: (e: Parameters<typeof recordAudit>[2]) => recordAudit(tx, { tenantId, userId: cashierId, ip: null, userAgent: "fiberbill-seed" }, e),
  });
  const already = await withTenantOn(app, tenantId, async (tx) => rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from billing_settings`))[0]!.n);
  if (already > 0) return 0;
  const run = await withTenantOn(app, tenantId, async (tx) => {
    await tx.insert(billingSettings).values({ tenantId, ...SELLER, dueDays: 7, graceDays: 5, reconnectionFee: 30000 });
    await ctxFor(tx).audit({ action: "billing_settings.update", entityType: "billing_settings", after: { ...SELLER } });
    return executeBillingRun(ctxFor(tx), tenantId, today);
  });
  const random = seededRandom(2026);
  const methods: PaymentMethod[] = ["cash", "cash", "gcash", "gcash", "maya"];
  let posted = 0;
  for (const [i, invoice] of run.invoices.entries()) {
    if (!random.chance(0.65)) continue;
    const method = random.pick(methods);
    const paidOn = addDays(invoice.issueDate, random.int(0, 2));
    await withTenantOn(app, tenantId, (tx) =>
      postPayment(ctxFor(tx), tenantId, {
        customerId: invoice.customerId,
        amount: invoice.totals.total,
        method,
        reference: method === "cash" ? null : `${method === "gcash" ? "GC" : "MY"}${String(700_000_000 + i * 7919).padStart(10, "0")}`,
        paidOn: paidOn > today ? today : paidOn,
      }),
    );
    posted++;
  }
  return posted;
}
