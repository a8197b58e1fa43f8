import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postPaymentAction } from "@/app/(tenant)/t/[tenant]/(app)/payments/actions";
import { rowsOf } from "@/db/rows";
import { billingSettings } from "@/db/schema";
import { withTenantOn } from "@/db/with-tenant";
import { addDays } from "@/lib/billing/dates";
import { customerBalance } from "@/lib/billing/payments";
import { settlementOf } from "@/lib/collections/settlement";
import { runDailyPipeline } from "@/lib/jobs/daily";
import { centavosToDecimal } from "@/lib/money";
import { completeWorkItem } from "@/lib/work-items/complete";
import { form, requestAs } from "../support/actions";
import { backends, type TestDatabase } from "../support/databases";
import { tenantWithNonPayer } from "../support/non-payer";
import { actingAs, type TestTenant } from "../support/tenants";

/**
 * Issue 11, item 3: a disconnected customer paid exactly the balance shown
 * (the invoice and a late fee not yet invoiced); the receipt said "credit for
 * the next invoice" and then the reconnection fee arrived as a new balance.
 * The cashier's figure must be what clears the account and reconnects, and
 * the summary after posting must be the balance the customer really has.
 */
describe.each(backends)("paying a disconnected customer's account in full on $name", ({ open }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => db?.drop());

  const rows = <T,>(t: TestTenant, query: ReturnType<typeof sql>) => withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<T>(await tx.execute(query)));
  const balance = (t: TestTenant, customerId: string) => withTenantOn(db.app, t.tenantId, (tx) => customerBalance(tx, customerId));
  const settlement = (t: TestTenant, customerId: string) => withTenantOn(db.app, t.tenantId, (tx) => settlementOf(tx, t.tenantId, customerId));
  const pay = async (t: TestTenant, customerId: string, amount: number) =>
    postPaymentAction.runWith(await requestAs(db.app, t, t.ownerId), form({ customerId, amount: centavosToDecimal(amount), method: "cash", paidOn: "2026-01-15" }));

  /** The non-payer (₱1,299.00 a month, late fee ₱100.00, reconnection fee ₱200.00) played to Jan 15: suspended; `cut` also disconnected in the field. */
  async function disconnected(slug: string, { cut }: { cut: boolean }) {
    const { t, customerId } = await tenantWithNonPayer(db, slug);
    for (let day = "2026-01-01"; day <= "2026-01-15"; day = addDays(day, 1)) await runDailyPipeline(db.app, t.tenantId, day, "cli");
    if (cut) {
      const [job] = await rows<{ id: string }>(t, sql`select id from work_items where kind = 'disconnect'`);
      await withTenantOn(db.app, t.tenantId, (tx) => completeWorkItem({ ...actingAs(tx, t), userId: t.ownerId, tenantId: t.tenantId}, job!.id, { date: "2026-01-15", note: "Cut" }));
    }
    return { t, customerId };
  }

  it("the figure the cashier is shown, paid, leaves a disconnected customer owing nothing and reconnected", async () => {
    const { t, customerId } = await disconnected("settle-bug", { cut: true });
    const shown = (await settlement(t, customerId)).total;
    const result = await pay(t, customerId, shown);
    if (!result.ok) throw new Error(result.error);
    // The customer's real balance after everything the payment set off (the reconnection fee included) ...
    expect(await balance(t, customerId)).toBe(0);
    expect(await rows(t, sql`select count(*)::int as n from work_items where kind = 'reconnect' and status = 'open'`)).toEqual([{ n: 1 }]);
    // ... and what the summary says: no phantom credit.
    expect(result.data).toMatchObject({ balance: 0 });
  });

  it("shows the invoice, the late fee not yet invoiced and the reconnection fee; paying that leaves nothing owed and reconnects", async () => {
    const { t, customerId } = await disconnected("settle-cut", { cut: true });
    expect(await balance(t, customerId)).toBe(129900 + 10000);
    const s = await settlement(t, customerId);
    expect(s.invoices.map((i) => [i.number, i.balance])).toEqual([["INV-00000001", 129900]]);
    expect(s.charges.map((c) => [c.category, c.amount])).toEqual([["late_fee", 10000]]);
    expect(s.reconnection).toEqual({ lines: 1, fee: 20000 });
    expect(s.total).toBe(159900);

    const result = await pay(t, customerId, s.total);
    if (!result.ok) throw new Error(result.error);
    // One truthful figure after posting: what the customer owes now, the reconnection fee included.
    expect(result.data.balance).toBe(0);
    expect(result.data.reconnects).toBe(1);
    expect(result.data.reconnectionFee).toBe(20000);
    expect(await balance(t, customerId)).toBe(0);
    expect(await rows(t, sql`select kind, status from work_items where kind = 'reconnect'`)).toEqual([{ kind: "reconnect", status: "open" }]);
    expect(await rows(t, sql`select category, amount::int from adjustments where category = 'reconnection_fee'`)).toEqual([{ category: "reconnection_fee", amount: 20000 }]);
    // Nothing left to pay: the same lib function now says so.
    expect(await settlement(t, customerId)).toMatchObject({ total: 0, balance: 0, reconnection: { lines: 0, fee: 0 } });
  });

  it("paying only the old balance: the summary shows the reconnection fee still owed, not a credit", async () => {
    const { t, customerId } = await disconnected("settle-short", { cut: true });
    const result = await pay(t, customerId, 129900 + 10000);
    if (!result.ok) throw new Error(result.error);
    expect(result.data.balance).toBe(20000);
    expect(await balance(t, customerId)).toBe(20000);
  });

  it("a line not yet cut in the field resumes without a fee: the figure is the balance", async () => {
    const { t, customerId } = await disconnected("settle-uncut", { cut: false });
    const s = await settlement(t, customerId);
    expect(s.reconnection).toEqual({ lines: 0, fee: 0 });
    expect(s.total).toBe(139900);
    const result = await pay(t, customerId, s.total);
    if (!result.ok) throw new Error(result.error);
    expect(result.data).toMatchObject({ balance: 0, reconnects: 1, reconnectionFee: 0 });
  });

  it("counts the VAT a vat_exclusive seller adds to the reconnection fee", async () => {
    const { t, customerId } = await disconnected("settle-vat", { cut: true });
    await withTenantOn(db.app, t.tenantId, (tx) => tx.update(billingSettings).set({ taxMode: "vat_exclusive", vatRateBp: 1200 }));
    const s = await settlement(t, customerId);
    // The late fee waits net for its invoice, which adds 12% VAT; so will the reconnection fee's.
    expect(s.charges.map((c) => c.amount)).toEqual([11200]);
    expect(s.reconnection.fee).toBe(22400);
    expect(s.total).toBe(129900 + 11200 + 22400);
    const result = await pay(t, customerId, s.total);
    if (!result.ok) throw new Error(result.error);
    expect(result.data.balance).toBe(0);
    expect(await balance(t, customerId)).toBe(0);
  });
});
