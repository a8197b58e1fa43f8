import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { customerBalance, postPayment } from "@/lib/billing/payments";
import { executeBillingRun } from "@/lib/billing/run";
import { createCustomer } from "@/lib/customers/customers";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { backends, type TestDatabase } from "../support/databases";
import { actingAs, signUp, type TestTenant } from "../support/tenants";

/**
 * A payment racing the billing run that invoices its customer. Whichever
 * commits first, no committed credit may sit beside an open invoice once both
 * transactions have ended: the payment pays the new invoice.
 */
const RUN_DATE = "2026-05-01";
const FEE = 129900;

async function customerDueForBilling(db: TestDatabase, slug: string): Promise<{ t: TestTenant; customerId: string }> {
  const t = await signUp(db.app, slug);
  const customerId = await withTenantOn(db.app, t.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: RUN_DATE };
    const brgy = await createBarangay(ctx, t.tenantId, { name: "Macasandig", city: "Cagayan de Oro City", province: "Misamis Oriental" });
    const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: FEE, installationFee: 0, description: "" });
    const c = await createCustomer(ctx, t.tenantId, { firstName: "Rosa", lastName: "Lim", mobile: "+639175550601", barangayId: brgy.id, addressLine: "", notes: "" });
    const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: RUN_DATE, label: "" });
    await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: RUN_DATE });
    return c.id;
  });
  return { t, customerId };
}

describe.each(backends)("a payment and the billing run on $name", ({ name, open }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => db?.drop());

  const run = (t: TestTenant, tx: Tx) => executeBillingRun({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, RUN_DATE);
  const pay = (t: TestTenant, tx: Tx, customerId: string) => postPayment({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, { customerId, amount: FEE, method: "cash", paidOn: RUN_DATE });

  /** Credit (posted money not allocated) of customers who also have an open invoice, and the customer's balance. */
  async function outcome(t: TestTenant, customerId: string) {
    return withTenantOn(db.app, t.tenantId, async (tx) => {
      const [row] = rowsOf<{ stranded: number; open: number }>(
        await tx.execute(sql`select
          (select count(*)::int from payments p where p.status = 'posted'
             and p.amount > coalesce((select sum(a.amount) from payment_allocations a where a.payment_id = p.id), 0)
             and exists (select 1 from invoices i where i.customer_id = p.customer_id and i.status in ('open', 'partially_paid'))) as stranded,
          (select count(*)::int from invoices where status in ('open', 'partially_paid')) as open`),
      );
      return { ...row!, balance: await customerBalance(tx, customerId) };
    });
  }

  /** Resolves when `other` has settled or a runtime connection of this database waits for a lock (the other transaction blocked). */
  async function settledOrBlocked(other: Promise<unknown>): Promise<void> {
    let settled = false;
    void other.then(
      () => (settled = true),
      () => (settled = true),
    );
    while (!settled) {
      const waiting = await db.asOwner(async (owner) =>
        rowsOf<{ n: number }>(
          await owner.execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and usename = 'fiberbill_app' and wait_event_type = 'Lock'`),
        ),
      );
      if (waiting[0]!.n > 0) return;
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  it("one after the other, either way round, the payment pays the new invoice", async () => {
    const first = await customerDueForBilling(db, "credit-seq-pay-first");
    await withTenantOn(db.app, first.t.tenantId, (tx) => pay(first.t, tx, first.customerId));
    await withTenantOn(db.app, first.t.tenantId, (tx) => run(first.t, tx));
    expect(await outcome(first.t, first.customerId)).toEqual({ stranded: 0, open: 0, balance: 0 });

    const second = await customerDueForBilling(db, "credit-seq-run-first");
    await withTenantOn(db.app, second.t.tenantId, (tx) => run(second.t, tx));
    await withTenantOn(db.app, second.t.tenantId, (tx) => pay(second.t, tx, second.customerId));
    expect(await outcome(second.t, second.customerId)).toEqual({ stranded: 0, open: 0, balance: 0 });
  });

  // Two connections at once: PostgreSQL only (PGlite is a single connection).
  it.skipIf(name === "pglite")("a payment posted while the run's transaction is open, after the run applied credits: no credit beside the new invoice", async () => {
    const { t, customerId } = await customerDueForBilling(db, "credit-race-run-open");
    let payment: Promise<unknown> | undefined;
    await withTenantOn(db.app, t.tenantId, async (tx) => {
      const result = await run(t, tx);
      expect(result.invoices).toHaveLength(1);
      // The run's invoice is not committed yet: the cashier posts a payment for the customer now.
      payment = withTenantOn(db.app, t.tenantId, (other) => pay(t, other, customerId));
      await settledOrBlocked(payment);
    });
    await payment;
    expect(await outcome(t, customerId)).toEqual({ stranded: 0, open: 0, balance: 0 });
  });

  it.skipIf(name === "pglite")("a payment whose transaction is open when the run starts, committed while the run's is open: no credit beside the new invoice", async () => {
    const { t, customerId } = await customerDueForBilling(db, "credit-race-pay-open");
    let billing: Promise<unknown> | undefined;
    await withTenantOn(db.app, t.tenantId, async (tx) => {
      await pay(t, tx, customerId);
      // The payment found nothing to pay (the invoice does not exist yet) and is not committed: the run starts now.
      billing = withTenantOn(db.app, t.tenantId, (other) => run(t, other));
      await settledOrBlocked(billing);
    });
    await billing;
    expect(await outcome(t, customerId)).toEqual({ stranded: 0, open: 0, balance: 0 });
  });
});
