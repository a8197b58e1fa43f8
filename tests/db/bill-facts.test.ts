import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statementSources } from "@/db/queries/statements";
import { customerBalances, customers, invoices, payments } from "@/db/schema";
import { invoiceBills } from "@/lib/billing/bill-documents";
import { billsFor, disconnectionDate } from "@/lib/billing/bill-facts";
import { parseBillQr } from "@/lib/billing/bill-qr";
import { voidInvoice } from "@/lib/billing/invoice-void";
import { buildLedger } from "@/lib/billing/ledger";
import { postPayment, voidPayment } from "@/lib/billing/payments";
import { executeBillingRun } from "@/lib/billing/run";
import { pastGraceDueDate } from "@/lib/collections/suspensions";
import type { Tx } from "@/db/types";
import { billScenario } from "../support/bill-scenario";
import { backends, type TestDatabase } from "../support/databases";

/** Invoice totals of the scenario (tests/support/bill-scenario.ts), in centavos. */
const MARCH = 200284; // Mar 20-31 of ₱1,299.00 (12 of 31 days) + ₱1,500.00 installation
const APRIL = 129900;
const PAID_MARCH_25 = 100000;

/**
 * The account summary at the top of a bill (lib/billing/bill-facts.ts): a
 * business customer with an earlier invoice paid in part. Checked against the
 * statement of account and customer_balances, for one invoice and for a
 * whole billing run (one query for all), then through voids and a payment on
 * the day of a run.
 */
describe.each(backends)("bill facts on $name", ({ open }) => {
  let db: TestDatabase;
  let s: Awaited<ReturnType<typeof billScenario>>;

  /** billsFor as the invoice page calls it: the invoices' heads, then the facts of the same ids. */
  const factsOf = async (tx: Tx, ids: string[]) => {
    const rows = await tx
      .select({ id: invoices.id, status: invoices.status, total: invoices.total, dueDate: invoices.dueDate, accountNo: customers.accountNo })
      .from(invoices)
      .innerJoin(customers, and(eq(customers.tenantId, invoices.tenantId), eq(customers.id, invoices.customerId)))
      .where(inArray(invoices.id, ids));
    return billsFor(tx, s.tenant.tenantId, rows, { ids });
  };
  const invoiceOn = async (tx: Tx, customerId: string, issueDate: string) =>
    (await tx.select({ id: invoices.id }).from(invoices).where(and(eq(invoices.customerId, customerId), eq(invoices.issueDate, issueDate))))[0]!.id;

  beforeAll(async () => {
    db = await open();
    s = await billScenario(db.app, "bill-facts");
  });
  afterAll(async () => db?.drop());

  it("the first bill: nothing before it, the invoice is the whole amount due", async () => {
    const { facts } = await s.step("2026-04-01", ({ tx }) => factsOf(tx, [s.business.march.id]));
    expect(s.business.march.total).toBe(MARCH);
    expect(facts.get(s.business.march.id)).toMatchObject({
      previousInvoice: null,
      previousBalance: 0,
      paymentsSince: 0,
      currentCharges: MARCH,
      totalDue: MARCH,
      dueDate: "2026-03-27",
      disconnectionDate: "2026-04-02",
    });
  });

  it("the second bill: the first one's balance, less the payment since, plus April", async () => {
    const { facts, payTo } = await s.step("2026-04-01", ({ tx }) => factsOf(tx, [s.business.april.id]));
    const f = facts.get(s.business.april.id)!;
    expect(f).toEqual({
      previousInvoice: { number: s.business.march.number, issueDate: "2026-03-20" },
      previousBalance: MARCH,
      paymentsSince: PAID_MARCH_25,
      currentCharges: APRIL,
      totalDue: MARCH - PAID_MARCH_25 + APRIL,
      dueDate: "2026-04-08",
      // Due Apr 8 + 5 grace days: the daily run suspends the line on Apr 14.
      disconnectionDate: "2026-04-14",
      qrText: `fiberbill:ACC-000001?due=${((MARCH - PAID_MARCH_25 + APRIL) / 100).toFixed(2)}`,
    });
    expect(parseBillQr(f.qrText)).toEqual({ accountNo: "ACC-000001", amountDue: MARCH - PAID_MARCH_25 + APRIL });
    expect(payTo.wallets).toEqual([
      { label: "GCash", number: "0917 123 4567", name: "Juan Dela Cruz" },
      { label: "Maya", number: "0918 123 4567", name: "JDC Fiber" },
    ]);
    expect(payTo.bankAccounts).toHaveLength(2);
  });

  it("agrees with the ledger: the latest bill's total due is the statement's closing balance and customer_balances", async () => {
    await s.step("2026-04-01", async ({ tx }) => {
      const { facts } = await factsOf(tx, [s.business.april.id, s.household.april.id]);
      for (const c of [s.business, s.household]) {
        const ledger = buildLedger(await statementSources(tx, { customerId: c.id }));
        const [kept] = await tx.select({ balance: customerBalances.balance }).from(customerBalances).where(eq(customerBalances.customerId, c.id));
        expect(facts.get(c.april.id)!.totalDue).toBe(ledger.closing);
        expect(facts.get(c.april.id)!.totalDue).toBe(kept!.balance);
        // Previous balance = the balance the statement shows right after the previous invoice.
        const afterMarch = ledger.entries.find((e) => e.ref === c.march.number)!;
        expect(facts.get(c.april.id)!.previousBalance).toBe(afterMarch.balance);
      }
      expect(facts.get(s.household.april.id)).toMatchObject({ previousBalance: MARCH, paymentsSince: 0, totalDue: MARCH + APRIL });
    });
  });

  it("a whole run's batch gets the same facts as each invoice alone, and the PDF data carries them with the customer's TIN", async () => {
    await s.step("2026-04-01", async ({ tx }) => {
      const batch = await invoiceBills(tx, s.tenant.tenantId, { billingRunId: s.runs.april });
      expect(batch.documents.map((d) => d.number)).toEqual([s.business.april.number, s.household.april.number]);
      for (const doc of batch.documents) {
        const one = await invoiceBills(tx, s.tenant.tenantId, { ids: [doc.id] });
        expect(one.documents[0]!.bill).toEqual(doc.bill);
      }
      expect(batch.documents[0]!.tin).toBe("12345678900000");
      expect(batch.documents[1]!.tin).toBe("");
      expect(batch.payTo.officeHours).toContain("Mon–Sat");
    });
  });

  it("the disconnection date is the first day the suspension step acts on the due date", () => {
    for (const [due, grace] of [["2026-04-08", 5], ["2026-02-27", 0], ["2026-12-30", 3]] as const) {
      const on = disconnectionDate(due, grace);
      expect(pastGraceDueDate(on, grace)).toBe(due);
      // The day before, the same due date is still within grace.
      expect(pastGraceDueDate(addDay(on, -1), grace) < due).toBe(true);
    }
  });

  it("a payment recorded on a run's day after the run counts on the next bill, not this one", async () => {
    const late = await s.step("2026-04-01", (ctx) => postPayment(ctx, s.tenant.tenantId, { customerId: s.household.id, amount: 50000, method: "cash", paidOn: "2026-04-01" }));
    const { facts } = await s.step("2026-04-01", ({ tx }) => factsOf(tx, [s.household.april.id]));
    expect(facts.get(s.household.april.id)).toMatchObject({ paymentsSince: 0, totalDue: MARCH + APRIL });
    // May's bill sees it as a payment since April's.
    const may = await s.step("2026-05-01", async (ctx) => {
      await executeBillingRun(ctx, s.tenant.tenantId, "2026-05-01");
      const id = await invoiceOn(ctx.tx, s.household.id, "2026-05-01");
      return (await factsOf(ctx.tx, [id])).facts.get(id)!;
    });
    expect(may).toMatchObject({ previousBalance: MARCH + APRIL, paymentsSince: 50000, currentCharges: APRIL, totalDue: MARCH + APRIL - 50000 + APRIL });
    await s.step("2026-05-01", (ctx) => voidPayment(ctx, late.id, "Counted twice"));
  });

  it("void payments and void invoices count for nothing; an overpayment shows as a credit and nothing to pay", async () => {
    // The March 25 GCash payment, voided: April's bill no longer subtracts it.
    const paymentId = await s.step("2026-04-02", async ({ tx }) => (await tx.select({ id: payments.id }).from(payments).where(eq(payments.reference, "5000000001")))[0]!.id);
    await s.step("2026-04-02", (ctx) => voidPayment(ctx, paymentId, "The GCash transfer was reversed"));
    let f = (await s.step("2026-04-02", ({ tx }) => factsOf(tx, [s.business.april.id]))).facts.get(s.business.april.id)!;
    expect(f).toMatchObject({ previousBalance: MARCH, paymentsSince: 0, totalDue: MARCH + APRIL });

    // March voided: April's bill has no previous invoice and stands alone.
    await s.step("2026-04-02", (ctx) => voidInvoice(ctx, s.business.march.id, "Issued to the wrong customer"));
    const both = await s.step("2026-04-02", ({ tx }) => factsOf(tx, [s.business.march.id, s.business.april.id]));
    expect(both.facts.has(s.business.march.id)).toBe(false);
    f = both.facts.get(s.business.april.id)!;
    expect(f).toMatchObject({ previousInvoice: null, previousBalance: 0, paymentsSince: 0, totalDue: APRIL });

    // ₱2,000.00 more than owed before May's run: May's bill starts from a credit.
    await s.step("2026-04-03", (ctx) => postPayment(ctx, s.tenant.tenantId, { customerId: s.business.id, amount: APRIL + 200000, method: "cash", paidOn: "2026-04-03" }));
    const may = await s.step("2026-05-01", async (ctx) => {
      const id = await invoiceOn(ctx.tx, s.business.id, "2026-05-01");
      return (await factsOf(ctx.tx, [id])).facts.get(id)!;
    });
    expect(may).toMatchObject({ previousBalance: APRIL, paymentsSince: APRIL + 200000, currentCharges: APRIL, totalDue: APRIL - 200000 });
    expect(may.totalDue).toBeLessThan(0);
    expect(parseBillQr(may.qrText)!.amountDue).toBe(0);
  });
});

function addDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
