import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdjustmentAction, voidInvoiceAction } from "@/app/(tenant)/t/[tenant]/(app)/billing/actions";
import { createCustomerAction } from "@/app/(tenant)/t/[tenant]/(app)/customers/actions";
import { postPaymentAction, voidPaymentAction } from "@/app/(tenant)/t/[tenant]/(app)/payments/actions";
import { rowsOf } from "@/db/rows";
import type { Database } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import type { RequestContext } from "@/lib/actions/run-tenant-action";
import { GENERIC_ERROR, KEY_MISSING, KEY_REUSED, OUTCOME_UNKNOWN, OUTCOME_UNKNOWN_RETRY_SAFE } from "@/lib/actions/result";
import { createBarangay } from "@/lib/barangays/barangays";
import { executeBillingRun } from "@/lib/billing/run";
import { createCustomer } from "@/lib/customers/customers";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { actingAs, addStaff, signUp, type TestTenant } from "../support/tenants";

/** What postgres.js throws when the connection drops under a query (here: under the COMMIT's answer). */
const connectionClosed = () => Object.assign(new Error("write CONNECTION_CLOSED 127.0.0.1:5432"), { code: "CONNECTION_CLOSED" });

/**
 * The app's database with a fault in its next `times` transactions: "commit"
 * really commits, then the caller gets a dropped connection instead of the
 * COMMIT's answer; "start" drops the connection at the transaction's first
 * statement (setting the tenant), so nothing of the action runs and it rolls
 * back. The chain tries a lost connection once more itself: two faults in a
 * row reach the user.
 */
function dropping(db: Database, when: "commit" | "start", times: number): Database {
  let left = times;
  const faulty = Object.create(db) as Database;
  faulty.transaction = (async (fn: Parameters<Database["transaction"]>[0], config?: Parameters<Database["transaction"]>[1]) => {
    if (left <= 0) return db.transaction(fn, config);
    left--;
    if (when === "start") {
      return db.transaction(async (tx) => {
        const broken = Object.create(tx) as typeof tx;
        broken.execute = (async () => {
          throw connectionClosed();
        }) as unknown as typeof tx.execute;
        return fn(broken);
      }, config);
    }
    await db.transaction(fn, config);
    throw connectionClosed();
  }) as Database["transaction"];
  return faulty;
}

async function billedCustomer(db: TestDatabase, slug: string): Promise<{ t: TestTenant; customerId: string }> {
  const t = await signUp(db.app, slug);
  const customerId = await withTenantOn(db.app, t.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: "2026-03-01" };
    const brgy = await createBarangay(ctx, t.tenantId, { name: "Gusa", city: "Cagayan de Oro City", province: "Misamis Oriental" });
    const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 0, description: "" });
    const c = await createCustomer(ctx, t.tenantId, { firstName: "Lorna", lastName: "Tan", mobile: "+639175550401", barangayId: brgy.id, addressLine: "", notes: "" });
    const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: "2026-03-01", label: "" });
    await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: "2026-03-01" });
    // A second line, never paid: its invoice is the one to void.
    const c2 = await createCustomer(ctx, t.tenantId, { firstName: "Mario", lastName: "Tan", mobile: "+639175550402", barangayId: brgy.id, addressLine: "", notes: "" });
    const s2 = await addSubscription(ctx, t.tenantId, { customerId: c2.id, planId: plan.id, startDate: "2026-03-01", label: "" });
    await transitionSubscription(ctx, t.tenantId, s2.id, "activate", { date: "2026-03-01" });
    await executeBillingRun(ctx, t.tenantId, "2026-03-01");
    return c.id;
  });
  return { t, customerId };
}

describe.each(backends)("idempotent money actions on $name", ({ open }) => {
  let db: TestDatabase;
  let t: TestTenant;
  let customerId: string;
  let cashier: string;
  beforeAll(async () => {
    db = await open();
    ({ t, customerId } = await billedCustomer(db, "idem-pay"));
    cashier = await addStaff(db.app, t, "cashier@idem-pay.test", "Cashier");
  });
  afterAll(async () => db?.drop());

  const count = async (table: "payments" | "adjustments" | "customers" | "idempotency_keys", where = sql`true`) =>
    withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`))[0]!.n);
  const asCashier = async (over: Partial<RequestContext> = {}) => ({ ...(await requestAs(db.app, t, cashier)), ...over });
  const cash = (key: string, amount = "500.00") => form({ idempotencyKey: key, customerId, amount, method: "cash", paidOn: "2026-03-02" });

  it("a payment whose COMMIT's answer was lost is tried again by the chain and returns its one receipt", async () => {
    const before = await count("payments");
    const result = await postPaymentAction.runWith(await asCashier({ db: dropping(db.app, "commit", 1) }), cash(randomUUID()));
    expect(result.ok).toBe(true);
    expect(await count("payments")).toBe(before + 1);
    const [posted] = await withTenantOn(db.app, t.tenantId, async (tx) =>
      rowsOf<{ receipt_number: string }>(await tx.execute(sql`select receipt_number from payments order by created_at desc limit 1`)),
    );
    expect(result.ok && result.data.receiptNumber).toBe(posted!.receipt_number);
  });

  it("a payment whose COMMIT went through while the connection stayed down says so, and the retry with its key returns the same receipt", async () => {
    const before = await count("payments");
    const key = randomUUID();
    const first = await postPaymentAction.runWith(await asCashier({ db: dropping(db.app, "commit", 2) }), cash(key));
    // Not "nothing was saved": it was. The cashier is told the outcome is unknown and that retrying is safe.
    expect(first).toEqual({ ok: false, error: OUTCOME_UNKNOWN_RETRY_SAFE, fieldErrors: {} });
    expect(await count("payments")).toBe(before + 1);

    const retry = await postPaymentAction.runWith(await asCashier(), cash(key));
    expect(retry.ok).toBe(true);
    expect(await count("payments")).toBe(before + 1);
    const [posted] = await withTenantOn(db.app, t.tenantId, async (tx) =>
      rowsOf<{ id: string; receipt_number: string }>(await tx.execute(sql`select id, receipt_number from payments order by created_at desc limit 1`)),
    );
    expect(retry.ok && retry.data).toMatchObject({ id: posted!.id, receiptNumber: posted!.receipt_number, amount: 50000 });
    // And again: still the one receipt.
    const third = await postPaymentAction.runWith(await asCashier(), cash(key));
    expect(third.ok && third.data.receiptNumber).toBe(posted!.receipt_number);
    expect(await count("payments")).toBe(before + 1);
  });

  it("a payment whose connection dropped before its work says nothing was saved, and the retry with its key posts it", async () => {
    const before = await count("payments");
    const key = randomUUID();
    const first = await postPaymentAction.runWith(await asCashier({ db: dropping(db.app, "start", 2) }), cash(key));
    expect(first).toEqual({ ok: false, error: GENERIC_ERROR, fieldErrors: {} });
    expect(await count("payments")).toBe(before);
    const retry = await postPaymentAction.runWith(await asCashier(), cash(key));
    expect(retry.ok).toBe(true);
    expect(await count("payments")).toBe(before + 1);
  });

  it("two submissions of one key at the same time post once and both get the same receipt", async () => {
    const before = await count("payments");
    const key = randomUUID();
    const [a, b] = await Promise.all([postPaymentAction.runWith(await asCashier(), cash(key)), postPaymentAction.runWith(await asCashier(), cash(key))]);
    expect(a.ok && b.ok).toBe(true);
    expect(a.ok && b.ok && a.data.receiptNumber === b.data.receiptNumber).toBe(true);
    expect(await count("payments")).toBe(before + 1);
  });

  it("a new key is a new payment; a used key with other values or without a key is refused", async () => {
    const before = await count("payments");
    const first = await postPaymentAction.runWith(await asCashier(), cash(randomUUID()));
    const second = await postPaymentAction.runWith(await asCashier(), cash(randomUUID()));
    expect(first.ok && second.ok && first.data.receiptNumber !== second.data.receiptNumber).toBe(true);
    expect(await count("payments")).toBe(before + 2);

    const key = randomUUID();
    expect((await postPaymentAction.runWith(await asCashier(), cash(key, "100.00"))).ok).toBe(true);
    expect(await postPaymentAction.runWith(await asCashier(), cash(key, "200.00"))).toEqual({ ok: false, error: KEY_REUSED, fieldErrors: {} });
    const noKey = new FormData();
    for (const [k, v] of Object.entries({ customerId, amount: "100.00", method: "cash", paidOn: "2026-03-02" })) noKey.append(k, v);
    expect(await postPaymentAction.runWith(await asCashier(), noKey)).toEqual({ ok: false, error: KEY_MISSING, fieldErrors: {} });
    expect(await count("payments")).toBe(before + 3);
  });

  it("a key stays within its tenant: another tenant's submission with the same key is its own", async () => {
    const other = await billedCustomer(db, "idem-other");
    const key = randomUUID();
    expect((await postPaymentAction.runWith(await asCashier(), cash(key))).ok).toBe(true);
    const theirs = await postPaymentAction.runWith(
      await requestAs(db.app, other.t, other.t.ownerId),
      form({ idempotencyKey: key, customerId: other.customerId, amount: "500.00", method: "cash", paidOn: "2026-03-02" }),
    );
    expect(theirs.ok).toBe(true);
    const otherCount = await withTenantOn(db.app, other.t.tenantId, async (tx) => rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from payments`))[0]!.n);
    expect(otherCount).toBe(1);
  });

  it("charges and credits, payment voids and invoice voids retried with their key after a dropped COMMIT happen once", async () => {
    const owner = async (over: Partial<RequestContext> = {}) => ({ ...(await requestAs(db.app, t, t.ownerId)), ...over });

    const adjustmentKey = randomUUID();
    const charge = () => form({ idempotencyKey: adjustmentKey, customerId, kind: "charge", amount: "350.00", reason: "Replacement router", effectiveOn: "2026-03-02" });
    const adjustmentsBefore = await count("adjustments");
    expect(await createAdjustmentAction.runWith(await owner({ db: dropping(db.app, "commit", 2) }), charge())).toMatchObject({ ok: false, error: OUTCOME_UNKNOWN_RETRY_SAFE });
    expect(await createAdjustmentAction.runWith(await owner(), charge())).toMatchObject({ ok: true });
    expect(await count("adjustments")).toBe(adjustmentsBefore + 1);

    const paid = await postPaymentAction.runWith(await asCashier(), cash(randomUUID(), "50.00"));
    if (!paid.ok) throw new Error(paid.error);
    const voidKey = randomUUID();
    const voidIt = () => form({ idempotencyKey: voidKey, id: paid.data.id, reason: "Wrong customer" });
    expect(await voidPaymentAction.runWith(await owner({ db: dropping(db.app, "commit", 2) }), voidIt())).toMatchObject({ ok: false, error: OUTCOME_UNKNOWN_RETRY_SAFE });
    // Without the key the second void would fail with "already void"; with it, the first void's answer comes back.
    expect(await voidPaymentAction.runWith(await owner(), voidIt())).toMatchObject({ ok: true, data: { message: expect.stringContaining("is void") } });

    const [invoice] = await withTenantOn(db.app, t.tenantId, async (tx) =>
      rowsOf<{ id: string }>(await tx.execute(sql`select i.id from invoices i join customers c on c.id = i.customer_id where c.first_name = 'Mario'`)),
    );
    const invoiceKey = randomUUID();
    const voidInvoice = () => form({ idempotencyKey: invoiceKey, id: invoice!.id, reason: "Billed twice" });
    expect(await voidInvoiceAction.runWith(await owner({ db: dropping(db.app, "commit", 2) }), voidInvoice())).toMatchObject({ ok: false, error: OUTCOME_UNKNOWN_RETRY_SAFE });
    expect(await voidInvoiceAction.runWith(await owner(), voidInvoice())).toMatchObject({ ok: true, data: { redirectTo: `/billing/invoices/${invoice!.id}` } });
  });

  it("an action without a key that loses its COMMIT's answer does not claim nothing was saved, nor try again", async () => {
    const before = await count("customers");
    const [brgy] = await withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<{ id: string }>(await tx.execute(sql`select id from barangays limit 1`)));
    const result = await createCustomerAction.runWith(
      { ...(await requestAs(db.app, t, t.ownerId)), db: dropping(db.app, "commit", 2) },
      form({ firstName: "Nena", lastName: "Uy", mobile: "09175550499", barangayId: brgy!.id, addressLine: "", notes: "" }),
    );
    expect(result).toEqual({ ok: false, error: OUTCOME_UNKNOWN, fieldErrors: {} });
    expect(await count("customers")).toBe(before + 1);
    // Dropped before its work, the same action is known to have saved nothing: the chain tries it once more itself.
    const retried = await createCustomerAction.runWith(
      { ...(await requestAs(db.app, t, t.ownerId)), db: dropping(db.app, "start", 1) },
      form({ firstName: "Olga", lastName: "Uy", mobile: "09175550498", barangayId: brgy!.id, addressLine: "", notes: "" }),
    );
    expect(retried.ok).toBe(true);
    expect(await count("customers")).toBe(before + 2);
  });
});
