import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { getInvoice, listInvoices } from "@/db/queries/invoices";
import { withTenantOn } from "@/db/with-tenant";
import { createAdjustmentAction, runBillingAction, voidInvoiceAction } from "@/app/(tenant)/t/[tenant]/(app)/billing/actions";
import { createBarangay } from "@/lib/barangays/barangays";
import { postPayment } from "@/lib/billing/payments";
import { planBillingRun } from "@/lib/billing/run";
import { createCustomer } from "@/lib/customers/customers";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { NOTHING_TO_INVOICE } from "@/lib/validations/billing-run";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { actingAs, addBillingFixtures, addStaff, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

type Row = Record<string, unknown>;
const RUN_DATE = "2026-01-15";
const DENIED = { ok: false, error: "You do not have permission to do that." };

/** Two customers on Fiber 50 activated early January, nothing billed yet. */
async function addCustomers(db: TestDatabase, t: TestTenant): Promise<string[]> {
  return withTenantOn(db.app, t.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: "2026-01-01" };
    const brgy = await createBarangay(ctx, t.tenantId, { name: "Lapasan", city: "Cagayan de Oro City", province: "Misamis Oriental" });
    const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 0, description: "" });
    const ids: string[] = [];
    for (const [i, day] of ["2026-01-01", "2026-01-05"].entries()) {
      const c = await createCustomer(ctx, t.tenantId, { firstName: `Cust${i}`, lastName: "Actions", mobile: `+63917666000${i}`, barangayId: brgy.id, addressLine: "", notes: "" });
      const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: day, label: "" });
      await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: day });
      ids.push(c.id);
    }
    return ids;
  });
}

/** Billing actions end to end below Next.js: validation, permission, tenant wall, audit, and what the database holds after. */
describe.each(backends)("billing actions on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let cashierA: string;
  let customersA: string[];
  let customerB: string;
  const q = async <T extends Row>(t: TestTenant, query: ReturnType<typeof sql>) => withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<T>(await tx.execute(query)));
  const count = async (t: TestTenant, query: ReturnType<typeof sql>) => (await q<{ n: number }>(t, query))[0]!.n;
  const owner = async () => requestAs(db.app, a, a.ownerId);

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "billact-alpha");
    b = await signUp(db.app, "billact-bravo");
    cashierA = await addStaff(db.app, a, "cashier@billact-alpha.test", "Cashier");
    customersA = await addCustomers(db, a);
    customerB = (await addSubscriberFixtures(db.app, b)).customerId;
    await addBillingFixtures(db.app, b, customerB);
  });
  afterAll(async () => db?.drop());

  describe("billing run", () => {
    it("previews without writing anything", async () => {
      const plan = await withTenantOn(db.app, a.tenantId, (tx) => planBillingRun(tx, a.tenantId, RUN_DATE));
      expect(plan.invoices.map((i) => [i.customerName, i.totals.total])).toEqual([
        ["Actions, Cust0", 129900],
        ["Actions, Cust1", 113139], // Jan 5 to Feb 1 on a day-1 cycle: 27 of 31 days of ₱1,299.00
      ]);
      expect(await count(a, sql`select count(*)::int as n from invoices`)).toBe(0);
      expect(await count(a, sql`select count(*)::int as n from billing_runs`)).toBe(0);
    });

    it("rejects a malformed date and a date too far ahead next to the field", async () => {
      const bad = await runBillingAction.runWith(await owner(), form({ runDate: "next monday" }));
      expect(bad.ok).toBe(false);
      if (!bad.ok) expect(bad.fieldErrors.runDate?.[0]).toMatch(/Enter the date/);
      const far = await runBillingAction.runWith(await owner(), form({ runDate: "2999-01-01" }));
      expect(far.ok).toBe(false);
      if (!far.ok) expect(far.fieldErrors.runDate?.[0]).toMatch(/at most 31 days from today/);
      expect(await count(a, sql`select count(*)::int as n from invoices`)).toBe(0);
    });

    it("refuses a cashier, who may view invoices but not run billing", async () => {
      const result = await runBillingAction.runWith(await requestAs(db.app, a, cashierA), form({ runDate: RUN_DATE }));
      expect(result).toMatchObject(DENIED);
      expect(await count(a, sql`select count(*)::int as n from invoices`)).toBe(0);
    });

    it("creates the previewed invoices once, audited, and a re-run says there is nothing to invoice", async () => {
      const result = await runBillingAction.runWith(await owner(), form({ runDate: RUN_DATE }));
      expect(result.ok).toBe(true);
      const [run] = await q<{ id: string; invoice_count: number; total: string }>(a, sql`select id, invoice_count, total::text from billing_runs`);
      expect(result.ok && result.data).toEqual({ redirectTo: `/billing/runs/${run!.id}` });
      expect(run).toMatchObject({ invoice_count: 2, total: String(129900 + 113139) });
      expect(await q(a, sql`select number from invoices order by number`)).toEqual([{ number: "INV-00000001" }, { number: "INV-00000002" }]);
      expect(await count(a, sql`select count(*)::int as n from audit_log where action = 'billing.run'`)).toBe(1);
      const again = await runBillingAction.runWith(await owner(), form({ runDate: RUN_DATE }));
      expect(again).toMatchObject({ ok: false, error: NOTHING_TO_INVOICE });
      expect(await count(a, sql`select count(*)::int as n from invoices`)).toBe(2);
      expect(await count(a, sql`select count(*)::int as n from billing_runs`)).toBe(1);
    });
  });

  describe("void invoice", () => {
    const invoiceOf = async (t: TestTenant, number: string) =>
      (await q<{ id: string; status: string; void_reason: string | null; voided_by: string | null }>(t, sql`select id, status, void_reason, voided_by from invoices where number = ${number}`))[0]!;

    it("needs a reason", async () => {
      const inv = await invoiceOf(a, "INV-00000001");
      const result = await voidInvoiceAction.runWith(await owner(), form({ id: inv.id, reason: " " }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.fieldErrors.reason?.[0]).toMatch(/Say why/);
      expect((await invoiceOf(a, "INV-00000001")).status).toBe("open");
    });

    it("refuses a cashier, who lacks billing.void", async () => {
      const inv = await invoiceOf(a, "INV-00000001");
      const result = await voidInvoiceAction.runWith(await requestAs(db.app, a, cashierA), form({ id: inv.id, reason: "Billed twice" }));
      expect(result).toMatchObject(DENIED);
      expect((await invoiceOf(a, "INV-00000001")).status).toBe("open");
    });

    it("answers not found for another tenant's invoice and changes nothing", async () => {
      const [invB] = await q<{ id: string; status: string }>(b, sql`select id, status from invoices order by number limit 1`);
      const result = await voidInvoiceAction.runWith(await owner(), form({ id: invB!.id, reason: "Not mine" }));
      expect(result).toMatchObject({ ok: false, error: "That invoice was not found." });
      expect((await q<{ status: string }>(b, sql`select status from invoices where id = ${invB!.id}`))[0]!.status).toBe(invB!.status);
    });

    it("refuses an invoice with payments allocated: void the payments first", async () => {
      await withTenantOn(db.app, a.tenantId, (tx) =>
        postPayment({ ...actingAs(tx, a), userId: a.ownerId }, a.tenantId, { customerId: customersA[1]!, amount: 10000, method: "cash", paidOn: RUN_DATE }),
      );
      const inv = await invoiceOf(a, "INV-00000002");
      const result = await voidInvoiceAction.runWith(await owner(), form({ id: inv.id, reason: "Wrong plan" }));
      expect(result).toMatchObject({ ok: false, error: "Invoice INV-00000002 has payments allocated to it (PR-00000001): void the payments first." });
      expect((await invoiceOf(a, "INV-00000002")).status).toBe("partially_paid");
    });

    it("voids with the reason and who did it, audited; the number stays used and a second void is refused", async () => {
      const inv = await invoiceOf(a, "INV-00000001");
      const result = await voidInvoiceAction.runWith(await owner(), form({ id: inv.id, reason: "Billed the wrong account" }));
      expect(result).toEqual({ ok: true, data: { redirectTo: `/billing/invoices/${inv.id}` } });
      expect(await invoiceOf(a, "INV-00000001")).toMatchObject({ status: "void", void_reason: "Billed the wrong account", voided_by: a.ownerId });
      expect(await count(a, sql`select count(*)::int as n from audit_log where action = 'invoice.void' and entity_id = ${inv.id}`)).toBe(1);
      const again = await voidInvoiceAction.runWith(await owner(), form({ id: inv.id, reason: "Again" }));
      expect(again).toMatchObject({ ok: false, error: "Invoice INV-00000001 is already void." });
      // The voided period is billed again, under a new number: INV-00000001 is never reused.
      const rerun = await runBillingAction.runWith(await owner(), form({ runDate: RUN_DATE }));
      expect(rerun.ok).toBe(true);
      expect(await q(a, sql`select number, status from invoices order by number`)).toEqual([
        { number: "INV-00000001", status: "void" },
        { number: "INV-00000002", status: "partially_paid" },
        { number: "INV-00000003", status: "open" },
      ]);
    });
  });

  describe("adjustment", () => {
    const adjustmentsOf = (t: TestTenant) => count(t, sql`select count(*)::int as n from adjustments where reason not like 'Credit carried forward%'`);

    it("records a charge with its reason, audited", async () => {
      const result = await createAdjustmentAction.runWith(
        await owner(),
        form({ customerId: customersA[0]!, kind: "charge", amount: "1,500.50", reason: "Replacement router", effectiveOn: "2026-01-20" }),
      );
      expect(result).toMatchObject({ ok: true, data: { message: 'Charge of ₱1,500.50 recorded: "Replacement router".' } });
      expect(await q(a, sql`select kind, amount::text, reason, effective_on::text, created_by from adjustments`)).toEqual([
        { kind: "charge", amount: "150050", reason: "Replacement router", effective_on: "2026-01-20", created_by: a.ownerId },
      ]);
      expect(await count(a, sql`select count(*)::int as n from audit_log where action = 'adjustment.charge'`)).toBe(1);
    });

    it("puts each bad field's message next to it and records nothing", async () => {
      const result = await createAdjustmentAction.runWith(await owner(), form({ customerId: customersA[0]!, kind: "gift", amount: "abc", reason: "", effectiveOn: "someday" }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["amount", "effectiveOn", "kind", "reason"]);
      const zero = await createAdjustmentAction.runWith(await owner(), form({ customerId: customersA[0]!, kind: "credit", amount: "0", reason: "Outage", effectiveOn: "2026-01-20" }));
      expect(zero.ok).toBe(false);
      if (!zero.ok) expect(zero.fieldErrors.amount?.[0]).toMatch(/above zero/);
      expect(await adjustmentsOf(a)).toBe(1);
    });

    it("refuses a cashier, who lacks billing.run", async () => {
      const result = await createAdjustmentAction.runWith(
        await requestAs(db.app, a, cashierA),
        form({ customerId: customersA[0]!, kind: "credit", amount: "100", reason: "Outage credit", effectiveOn: "2026-01-20" }),
      );
      expect(result).toMatchObject(DENIED);
      expect(await adjustmentsOf(a)).toBe(1);
    });

    it("answers not found for another tenant's customer and changes nothing", async () => {
      const before = await adjustmentsOf(b);
      const result = await createAdjustmentAction.runWith(
        await owner(),
        form({ customerId: customerB, kind: "credit", amount: "100", reason: "Outage credit", effectiveOn: "2026-01-20" }),
      );
      expect(result).toMatchObject({ ok: false, error: "That customer was not found." });
      expect(await adjustmentsOf(a)).toBe(1);
      expect(await adjustmentsOf(b)).toBe(before);
    });
  });
  describe("invoice list and detail queries", () => {
    type Opts = Omit<Parameters<typeof listInvoices>[1], "sort" | "dir" | "page" | "pageSize">;
    const numbers = async (t: TestTenant, opts: Opts) =>
      withTenantOn(db.app, t.tenantId, async (tx) => {
        const { rows, total } = await listInvoices(tx, { sort: "number", dir: "asc", page: 1, pageSize: 50, ...opts });
        expect(total).toBe(rows.length);
        return rows.map((r) => r.number);
      });

    it("filters by status, with overdue derived from the due date and left out of open", async () => {
      // After the tests above: 1 void, 2 partly paid, 3 open; all due 2026-01-22.
      expect(await numbers(a, { today: "2026-01-20", status: "open" })).toEqual(["INV-00000003"]);
      expect(await numbers(a, { today: "2026-01-20", status: "partially_paid" })).toEqual(["INV-00000002"]);
      expect(await numbers(a, { today: "2026-01-20", status: "void" })).toEqual(["INV-00000001"]);
      expect(await numbers(a, { today: "2026-01-20", status: "overdue" })).toEqual([]);
      expect(await numbers(a, { today: "2026-03-01", status: "overdue" })).toEqual(["INV-00000002", "INV-00000003"]);
      expect(await numbers(a, { today: "2026-03-01", status: "open" })).toEqual([]);
    });

    it("filters by days overdue, period month, barangay and search", async () => {
      expect(await numbers(a, { today: "2026-03-01", overdueDays: 30 })).toEqual(["INV-00000002", "INV-00000003"]);
      expect(await numbers(a, { today: "2026-03-01", overdueDays: 60 })).toEqual([]);
      expect(await numbers(a, { today: "2026-03-01", period: "2026-01" })).toEqual(["INV-00000001", "INV-00000002", "INV-00000003"]);
      expect(await numbers(a, { today: "2026-03-01", period: "2026-02" })).toEqual([]);
      const [brgy] = await q<{ id: string }>(a, sql`select id from barangays`);
      expect(await numbers(a, { today: "2026-03-01", barangayId: brgy!.id })).toHaveLength(3);
      expect(await numbers(a, { today: "2026-03-01", barangayId: "00000000-0000-4000-8000-000000000000" })).toEqual([]);
      expect(await numbers(a, { today: "2026-03-01", q: "cust1" })).toEqual(["INV-00000002"]);
      expect(await numbers(a, { today: "2026-03-01", q: "inv-00000003" })).toEqual(["INV-00000003"]);
    });

    it("pages and sorts on the server, and sees only its own tenant", async () => {
      const page2 = await withTenantOn(db.app, a.tenantId, (tx) => listInvoices(tx, { today: "2026-03-01", sort: "number", dir: "desc", page: 2, pageSize: 2 }));
      expect(page2).toMatchObject({ total: 3, rows: [{ number: "INV-00000001" }] });
      const byBalance = await withTenantOn(db.app, a.tenantId, (tx) => listInvoices(tx, { today: "2026-03-01", sort: "balance", dir: "desc", page: 1, pageSize: 50 }));
      expect(byBalance.rows.map((r) => r.total - r.amountPaid)).toEqual([129900, 113139 - 10000, 129900].sort((x, y) => y - x));
      const [invB] = await q<{ id: string }>(b, sql`select id from invoices limit 1`);
      expect(await withTenantOn(db.app, a.tenantId, (tx) => getInvoice(tx, { id: invB!.id }))).toBeNull();
    });

    it("reads an invoice with its lines and the receipts allocated to it", async () => {
      const [inv] = await q<{ id: string }>(a, sql`select id from invoices where number = 'INV-00000002'`);
      const detail = await withTenantOn(db.app, a.tenantId, (tx) => getInvoice(tx, { id: inv!.id }));
      expect(detail).toMatchObject({ number: "INV-00000002", total: 113139, amountPaid: 10000, status: "partially_paid", firstName: "Cust1" });
      expect(detail!.lines.map((l) => [l.kind, l.amount])).toEqual([["service", 113139]]);
      expect(detail!.allocations.map((x) => [x.receiptNumber, x.amount])).toEqual([["PR-00000001", 10000]]);
    });
  });
});
