import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeCustomerStatusAction, createCustomerAction, updateCustomerAction } from "@/app/(tenant)/t/[tenant]/(app)/customers/actions";
import { listCustomers } from "@/db/queries/customers";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { addStaff, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

const count = async (db: TestDatabase, t: TestTenant, query: ReturnType<typeof sql>) =>
  withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<{ n: number }>(await tx.execute(query))[0]!.n);

describe.each(backends)("customer actions on $name", ({ open, name }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let cashierA: string;
  let barangayA: string;
  let customerB: string;

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "cust-alpha");
    b = await signUp(db.app, "cust-bravo");
    cashierA = await addStaff(db.app, a, "cashier@cust-alpha.test");
    await addSubscriberFixtures(db.app, a);
    customerB = (await addSubscriberFixtures(db.app, b)).customerId;
    barangayA = await withTenantOn(db.app, a.tenantId, async (tx) => rowsOf<{ id: string }>(await tx.execute(sql`select id from barangays limit 1`))[0]!.id);
  });
  afterAll(async () => db?.drop());

  const good = () => ({ firstName: "Maria", lastName: "Clara", mobile: "0917 555 0101", barangayId: barangayA, addressLine: "Purok 1", notes: "" });

  it("creates a customer with the next account number, normalized mobile, history and audit", async () => {
    const result = await createCustomerAction.runWith(await requestAs(db.app, a, a.ownerId), form(good()));
    expect(result.ok).toBe(true);
    const row = await withTenantOn(db.app, a.tenantId, async (tx) =>
      rowsOf<{ account_no: string; mobile: string; h: number }>(
        await tx.execute(sql`select account_no, mobile, (select count(*)::int from customer_status_history h where h.customer_id = c.id) as h
          from customers c where first_name = 'Maria'`),
      )[0]!,
    );
    expect(row.account_no).toBe("ACC-000002"); // the fixture customer took 000001
    expect(row.mobile).toBe("+639175550101");
    expect(row.h).toBe(1);
    expect(await count(db, a, sql`select count(*)::int as n from audit_log where action = 'customer.create'`)).toBe(2);
  });

  it("shows field errors for bad input and saves nothing", async () => {
    const before = await count(db, a, sql`select count(*)::int as n from customers`);
    const result = await createCustomerAction.runWith(
      await requestAs(db.app, a, a.ownerId),
      form({ ...good(), firstName: "", mobile: "0817 123", email: "nope", latitude: "8.45" }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["email", "firstName", "longitude", "mobile"]);
    expect(await count(db, a, sql`select count(*)::int as n from customers`)).toBe(before);
  });

  it("refuses a cashier (no customers.edit)", async () => {
    const result = await createCustomerAction.runWith(await requestAs(db.app, a, cashierA), form(good()));
    expect(result).toMatchObject({ ok: false, error: "You do not have permission to do that." });
  });

  it("refuses another tenant's barangay and another tenant's customer, changing nothing", async () => {
    const barangayB = await withTenantOn(db.app, b.tenantId, async (tx) => rowsOf<{ id: string }>(await tx.execute(sql`select id from barangays limit 1`))[0]!.id);
    const withForeignBarangay = await createCustomerAction.runWith(await requestAs(db.app, a, a.ownerId), form({ ...good(), barangayId: barangayB }));
    expect(withForeignBarangay).toMatchObject({ ok: false, fieldErrors: { barangayId: ["Choose a barangay from your list."] } });
    const edit = await updateCustomerAction.runWith(await requestAs(db.app, a, a.ownerId), form({ ...good(), id: customerB }));
    expect(edit).toMatchObject({ ok: false, error: "That customer was not found." });
    const status = await changeCustomerStatusAction.runWith(
      await requestAs(db.app, a, a.ownerId),
      form({ id: customerB, status: "terminated", reason: "x", effectiveDate: "2026-02-01" }),
    );
    expect(status).toMatchObject({ ok: false, error: "That customer was not found." });
    const bName = await withTenantOn(db.app, b.tenantId, async (tx) => rowsOf<{ first_name: string; status: string }>(await tx.execute(sql`select first_name, status from customers where id = ${customerB}`))[0]);
    expect(bName).toEqual({ first_name: "Juan", status: "suspended" });
  });

  it("updates a customer and audits only what changed", async () => {
    const id = await withTenantOn(db.app, a.tenantId, async (tx) => rowsOf<{ id: string }>(await tx.execute(sql`select id from customers where first_name = 'Maria'`))[0]!.id);
    const result = await updateCustomerAction.runWith(await requestAs(db.app, a, a.ownerId), form({ ...good(), id, lastName: "Clara-Santos" }));
    expect(result.ok).toBe(true);
    const changes = await withTenantOn(db.app, a.tenantId, async (tx) =>
      rowsOf<{ changes: { before: Record<string, unknown>; after: Record<string, unknown> } }>(
        await tx.execute(sql`select changes from audit_log where action = 'customer.update' and entity_id = ${id}`),
      )[0]!.changes,
    );
    expect(changes).toEqual({ before: { lastName: "Clara" }, after: { lastName: "Clara-Santos" } });
  });

  it("changes status with a reason and date, kept in history; the same status is refused", async () => {
    const id = await withTenantOn(db.app, a.tenantId, async (tx) => rowsOf<{ id: string }>(await tx.execute(sql`select id from customers where first_name = 'Maria'`))[0]!.id);
    const req = await requestAs(db.app, a, a.ownerId);
    const done = await changeCustomerStatusAction.runWith(req, form({ id, status: "disconnected", reason: "Unpaid since March", effectiveDate: "2026-04-01" }));
    expect(done.ok).toBe(true);
    const again = await changeCustomerStatusAction.runWith(req, form({ id, status: "disconnected", reason: "again", effectiveDate: "2026-04-02" }));
    expect(again.ok).toBe(false);
    const history = await withTenantOn(db.app, a.tenantId, async (tx) =>
      rowsOf<{ from_status: string | null; to_status: string; reason: string; effective_date: string }>(
        await tx.execute(sql`select from_status, to_status, reason, effective_date::text from customer_status_history where customer_id = ${id} order by created_at`),
      ),
    );
    expect(history.map((h) => [h.from_status, h.to_status, h.reason, h.effective_date])).toEqual([
      [null, "active", "New customer", expect.any(String)],
      ["active", "disconnected", "Unpaid since March", "2026-04-01"],
    ]);
  });

  it("keeps account numbers gapless and unique when customers are created at the same time", async () => {
    const req = await requestAs(db.app, a, a.ownerId);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => createCustomerAction.runWith(req, form({ ...good(), firstName: `Twin${i}`, lastName: "Gemelo", mobile: `0917 555 02${String(i).padStart(2, "0")}` }))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = await withTenantOn(db.app, a.tenantId, async (tx) =>
      rowsOf<{ account_no: string }>(await tx.execute(sql`select account_no from customers order by account_no`)).map((r) => r.account_no),
    );
    const values = numbers.map((n) => Number(n.replace("ACC-", "")));
    expect(values).toEqual(Array.from({ length: values.length }, (_, i) => i + 1));
    expect(new Set(numbers).size).toBe(numbers.length);
    if (name === "postgres") expect(values.length).toBe(10);
  });

  it("lists, searches (partial words, mobile in local form) and filters customers", async () => {
    const page = (opts: Partial<Parameters<typeof listCustomers>[1]>) =>
      withTenantOn(db.app, a.tenantId, (tx) => listCustomers(tx, { sort: "name", dir: "asc", page: 1, pageSize: 50, ...opts }));
    expect((await page({ q: "clar" })).rows.map((r) => r.firstName)).toEqual(["Maria"]);
    expect((await page({ q: "0917 555 0101" })).rows.map((r) => r.firstName)).toEqual(["Maria"]);
    expect((await page({ q: "juan dela" })).rows.map((r) => r.firstName)).toEqual(["Juan"]);
    expect((await page({ q: "100%_" })).total).toBe(0);
    expect((await page({ status: "disconnected" })).rows.map((r) => r.firstName)).toEqual(["Maria"]);
    expect((await page({ barangayId: barangayA })).total).toBe(10);
    const byAccountDesc = await page({ sort: "account", dir: "desc", pageSize: 3 });
    expect(byAccountDesc.rows.map((r) => r.accountNo)).toEqual(["ACC-000010", "ACC-000009", "ACC-000008"]);
    expect(byAccountDesc.total).toBe(10);
    const second = await page({ sort: "account", dir: "asc", pageSize: 3, page: 2 });
    expect(second.rows.map((r) => r.accountNo)).toEqual(["ACC-000004", "ACC-000005", "ACC-000006"]);
    const withPlan = await page({ q: "juan" });
    expect(withPlan.rows[0]!.plans).toBe("Fiber 100");
  });
});
