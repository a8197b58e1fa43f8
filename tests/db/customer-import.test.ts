import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCustomersAction, previewCustomerImportAction } from "@/app/(tenant)/t/[tenant]/(app)/customers/import/actions";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import type { ColumnMapping } from "@/lib/customers/import/fields";
import { BACKGROUND_IMPORT_ROWS } from "@/lib/customers/import/limits";
import { inProcessQueueIdle } from "@/lib/background/in-process-queue";
import { getBackgroundJob } from "@/db/queries/background-jobs";
import { tenantDate } from "@/lib/time/format";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { one } from "../support/sql";
import { actingAs, addStaff, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

const HEADER = "Account No.,Customer Name,Mobile No.,Address,Brgy,Plan,Date Installed,Status";
const MAPPING: ColumnMapping = { accountNo: 0, name: 1, mobile: 2, address: 3, barangay: 4, plan: 5, startDate: 6, status: 7 };
const BARANGAYS = ["Carmen", "Nazareth", "Lapasan"];
const FIRST = ["Juan", "Maria", "Jose", "Ana", "Pedro", "Rosario", "Ramon", "Luz"];
const LAST = ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Ramos", "Mendoza", "Garcia"];

/** `n` realistic rows without account numbers (the series numbers them); every tenth has a plan. */
function goodRows(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    const mobile = `0917 ${String(1_000_000 + i).slice(0, 3)} ${String(1_000_000 + i).slice(3)}`;
    const plan = i % 10 === 0 ? "Fiber 50" : "";
    return `,${name},${mobile},"Purok ${(i % 9) + 1}, Zone ${i % 4}",${BARANGAYS[i % BARANGAYS.length]},${plan},${plan ? "2026-01-05" : ""},`;
  });
}

const csvOf = (rows: string[]) => [HEADER, ...rows].join("\r\n") + "\r\n";
const fileForm = (csv: string, extra: Record<string, string> = {}) =>
  form({ fileName: "subscribers.csv", csv, mapping: JSON.stringify(MAPPING), ...extra });

describe.each(backends)("customer CSV import on $name", ({ name: backend, open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let cashierA: string;

  const counts = (t: TestTenant) =>
    withTenantOn(db.app, t.tenantId, (tx) =>
      one<{ customers: number; history: number; subs: number; events: number; audit: number; barangays: number; next: number }>(
        tx,
        sql`select (select count(*)::int from customers) as customers,
          (select count(*)::int from customer_status_history) as history,
          (select count(*)::int from subscriptions) as subs,
          (select count(*)::int from subscription_events) as events,
          (select count(*)::int from audit_log) as audit,
          (select count(*)::int from barangays) as barangays,
          (select next_value::int from counters where series = 'customer') as next`,
      ),
    );
  const asOwner = () => requestAs(db.app, a, a.ownerId);

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "imp-alpha");
    b = await signUp(db.app, "imp-bravo");
    await addSubscriberFixtures(db.app, a);
    await addSubscriberFixtures(db.app, b);
    await withTenantOn(db.app, a.tenantId, async (tx) => {
      for (const name of ["Nazareth", "Lapasan"]) {
        await createBarangay(actingAs(tx, a), a.tenantId, { name, city: "Cagayan de Oro City", province: "Misamis Oriental" });
      }
    });
    cashierA = await addStaff(db.app, a, "cashier@imp-alpha.test", "Cashier");
  });
  afterAll(async () => db?.drop());

  it("previews per-row errors without writing anything", async () => {
    const before = await counts(a);
    const csv = csvOf([...goodRows(3), ",Maria Santos,088 856 1234,,Carmen,,,", ",Jose Reyes,0918 555 0101,,Brgy. Kauswagan,,,"]);
    const result = await previewCustomerImportAction.runWith(await asOwner(), fileForm(csv));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { preview } = result.data;
    expect(preview).toMatchObject({ totalRows: 5, okRows: 3, errorRows: 1, barangayRows: 1, seriesNumbers: 5, subscriptions: 1 });
    expect(preview.problemRows.map((r) => [r.row, r.errors])).toEqual([
      [5, { mobile: "A Philippine mobile number, like 0917 123 4567 or +63 917 123 4567." }],
      [6, { barangay: "Brgy. Kauswagan is not in your barangays list." }],
    ]);
    expect(preview.unknownBarangays).toEqual([{ name: "Kauswagan", city: "", rows: 1, suggestion: null }]);
    expect(await counts(a)).toEqual(before);
  });

  it("commits nothing when one row is bad, and says which", async () => {
    const before = await counts(a);
    const rows = goodRows(50);
    rows[30] = ",Maria Santos,0917 123,,Carmen,,,";
    const result = await importCustomersAction.runWith(await asOwner(), fileForm(csvOf(rows)));
    expect(result.ok && result.data.status).toBe("invalid");
    if (!result.ok || result.data.status !== "invalid") return;
    expect(result.data.message).toBe("Nothing was imported: 1 row has problems. Fix them in the file and upload it again.");
    expect(result.data.preview.problemRows.map((r) => r.row)).toEqual([32]);
    expect(await counts(a)).toEqual(before);
  });

  it("reports account numbers repeated in the file or already used, and imports none", async () => {
    const before = await counts(a);
    const csv = csvOf([
      "ACC-000001,Ana Ramos,0917 000 0001,,Carmen,,,",
      "X-7,Luz Garcia,0917 000 0002,,Carmen,,,",
      "X-7,Ramon Cruz,0917 000 0003,,Carmen,,,",
    ]);
    const result = await importCustomersAction.runWith(await asOwner(), fileForm(csv));
    expect(result.ok && result.data.status).toBe("invalid");
    if (!result.ok || result.data.status !== "invalid") return;
    expect(result.data.preview.problemRows.map((r) => [r.row, r.errors.accountNo])).toEqual([
      [2, "ACC-000001 already belongs to a customer in your list."],
      [3, "X-7 is also on row 4."],
      [4, "X-7 is also on row 3."],
    ]);
    expect(await counts(a)).toEqual(before);
  });

  it("refuses unknown barangays unless asked to create them, then creates them with the import", async () => {
    const csv = csvOf([",Ana Ramos,0917 000 0011,,Kauswagan,,,", ",Luz Garcia,0917 000 0012,,brgy. kauswagan,,,", ",Ramon Cruz,0917 000 0013,,Bulua,,,"]);
    const before = await counts(a);
    const refused = await importCustomersAction.runWith(await asOwner(), fileForm(csv));
    expect(refused.ok && refused.data.status).toBe("invalid");
    expect(await counts(a)).toEqual(before);

    const noPlace = await importCustomersAction.runWith(await asOwner(), fileForm(csv, { createBarangays: "on", city: "", province: "" }));
    expect(noPlace).toEqual({
      ok: false,
      error: "Please correct the highlighted fields.",
      fieldErrors: { city: ["Enter the city or municipality of the new barangays."], province: ["Enter the province of the new barangays."] },
    });
    expect(await counts(a)).toEqual(before);

    const done = await importCustomersAction.runWith(
      await asOwner(),
      fileForm(csv, { createBarangays: "on", city: "Cagayan de Oro City", province: "Misamis Oriental" }),
    );
    expect(done).toMatchObject({ ok: true, data: { status: "imported", customers: 3, barangaysCreated: 2 } });
    const after = await counts(a);
    expect(after).toMatchObject({ customers: before.customers + 3, barangays: before.barangays + 2, audit: before.audit + 2, next: before.next + 3 });
    const places = await withTenantOn(db.app, a.tenantId, (tx) =>
      one<{ names: string }>(tx, sql`select string_agg(name || '/' || city || '/' || province, ';' order by name) as names from barangays where name in ('Kauswagan', 'Bulua')`),
    );
    expect(places.names).toBe("Bulua/Cagayan de Oro City/Misamis Oriental;Kauswagan/Cagayan de Oro City/Misamis Oriental");
  });

  it("creates active subscriptions with their events for rows with a plan", async () => {
    const before = await counts(a);
    const csv = csvOf(['K-1,"Dela Cruz, Juan",0917 000 0021,,Carmen,Fiber 50,1/5/2026,', "K-2,Maria Santos,0917 000 0022,,Carmen,fiber 50,,terminated"]);
    const result = await importCustomersAction.runWith(await asOwner(), fileForm(csv));
    expect(result).toMatchObject({ ok: true, data: { status: "imported", customers: 2, subscriptions: 2, firstAccountNo: "K-1", lastAccountNo: "K-2" } });
    const subs = await withTenantOn(db.app, a.tenantId, (tx) =>
      one<{ list: string }>(
        tx,
        sql`select string_agg(concat_ws(':', c.account_no, c.first_name || '|' || c.last_name, c.status, s.status, s.start_date, s.cancelled_on,
          (select string_agg(e.kind, ',' order by e.kind) from subscription_events e where e.subscription_id = s.id)), ' ' order by c.account_no) as list
          from customers c join subscriptions s on s.customer_id = c.id where c.account_no like 'K-%'`,
      ),
    );
    const today = tenantDate(new Date(), "Asia/Manila");
    expect(subs.list).toBe(`K-1:Juan|Dela Cruz:active:active:2026-01-05:activated,created K-2:Maria|Santos:terminated:cancelled:${today}:${today}:activated,cancelled,created`);
    // Rows with their own account numbers leave the series alone.
    expect(await counts(a)).toMatchObject({ customers: before.customers + 2, subs: before.subs + 2, events: before.events + 5, next: before.next });
  });

  it("matches only its own tenant's barangays and account numbers", async () => {
    await withTenantOn(db.app, b.tenantId, (tx) => createBarangay(actingAs(tx, b), b.tenantId, { name: "Bugo", city: "Cagayan de Oro City", province: "Misamis Oriental" }));
    const ofB = await importCustomersAction.runWith(await requestAs(db.app, b, b.ownerId), fileForm(csvOf(["SHARED-1,Ana Ramos,0917 000 0031,,Bugo,,,"])));
    expect(ofB).toMatchObject({ ok: true, data: { status: "imported", customers: 1 } });
    const beforeB = await counts(b);
    const result = await previewCustomerImportAction.runWith(await asOwner(), fileForm(csvOf(["SHARED-1,Luz Garcia,0917 000 0032,,Bugo,,,"])));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // B's number is free in A; B's barangay is unknown to A.
    expect(result.data.preview.problemRows.map((r) => r.errors)).toEqual([{ barangay: "Bugo is not in your barangays list." }]);
    expect(await counts(b)).toEqual(beforeB);
  });

  it("refuses a cashier, who lacks customers.edit", async () => {
    const before = await counts(a);
    const request = await requestAs(db.app, a, cashierA);
    for (const action of [previewCustomerImportAction, importCustomersAction]) {
      expect(await action.runWith(request, fileForm(csvOf(goodRows(2))))).toMatchObject({ ok: false, error: "You do not have permission to do that." });
    }
    expect(await counts(a)).toEqual(before);
  });

  it("answers a broken mapping or file next to the mapping, not with a stack trace", async () => {
    const noMobile = await previewCustomerImportAction.runWith(
      await asOwner(),
      form({ fileName: "x.csv", csv: csvOf(goodRows(1)), mapping: JSON.stringify({ name: 1, barangay: 4 }) }),
    );
    expect(noMobile).toMatchObject({ ok: false, error: "Choose the column with the mobile number.", fieldErrors: { mapping: ["Choose the column with the mobile number."] } });
    const unclosed = await previewCustomerImportAction.runWith(await asOwner(), fileForm(`${HEADER}\n,"Juan,0917`));
    expect(unclosed).toMatchObject({ ok: false, error: 'A quoted field that starts on line 2 never ends: a closing quote (") is missing.' });
    const garbage = await previewCustomerImportAction.runWith(await asOwner(), form({ fileName: "x.csv", csv: "a", mapping: "{nope" }));
    expect(garbage).toMatchObject({ ok: false, fieldErrors: { mapping: ["Choose which column holds what, then preview again."] } });
  });

  it("checks a large file again in the background and imports none of it when a row is bad", async () => {
    const before = await counts(a);
    const rows = goodRows(BACKGROUND_IMPORT_ROWS + 1);
    rows[700] = ",Maria Santos,0917 123,,Carmen,,,";
    const result = await importCustomersAction.runWith(await asOwner(), fileForm(csvOf(rows)));
    expect(result).toMatchObject({ ok: true, data: { status: "queued", job: { kind: "customer_import", total: BACKGROUND_IMPORT_ROWS + 1 } } });
    await inProcessQueueIdle();
    const job = await withTenantOn(db.app, a.tenantId, (tx) => getBackgroundJob(tx, result.ok && result.data.status === "queued" ? result.data.job.id : ""));
    expect(job).toMatchObject({ status: "done", result: { status: "invalid", message: "Nothing was imported: 1 row has problems. Fix them in the file and upload it again." } });
    expect((job!.result as { preview: { problemRows: Array<{ row: number }> } }).preview.problemRows.map((r) => r.row)).toEqual([702]);
    // The job row itself is the only new row: no customer, no audit entry.
    expect(await counts(a)).toEqual(before);
  });

  it("imports a good file of 10,000 rows in the background, numbered gaplessly from the series", async () => {
    const before = await counts(a);
    const beforeB = await counts(b);
    const csv = csvOf(goodRows(10_000));
    const started = performance.now();
    const queued = await importCustomersAction.runWith(await asOwner(), fileForm(csv));
    expect(queued).toMatchObject({ ok: true, data: { status: "queued", job: { status: "queued", done: 0, total: 10_000 } } });
    const answeredMs = performance.now() - started;
    await inProcessQueueIdle();
    const ms = performance.now() - started;
    console.log(`[customer-import] ${backend}: 10,000 rows (${(csv.length / 1024).toFixed(0)} KB, 1,000 with a plan): answered in ${answeredMs.toFixed(0)} ms, imported in ${ms.toFixed(0)} ms`);
    const job = await withTenantOn(db.app, a.tenantId, (tx) => getBackgroundJob(tx, queued.ok && queued.data.status === "queued" ? queued.data.job.id : ""));
    expect(job).toMatchObject({ status: "done", done: 10_000, total: 10_000, result: { status: "imported", customers: 10_000, subscriptions: 1_000 } });
    const after = await counts(a);
    expect(after).toMatchObject({
      customers: before.customers + 10_000,
      history: before.history + 10_000,
      subs: before.subs + 1_000,
      events: before.events + 2_000,
      audit: before.audit + 1,
      next: before.next + 10_000,
    });
    const numbers = await withTenantOn(db.app, a.tenantId, (tx) =>
      one<{ first: string; last: string; n: number; audit: Record<string, unknown> }>(
        tx,
        sql`select min(account_no) as first, max(account_no) as last, count(distinct account_no)::int as n,
          (select changes->'after' from audit_log where action = 'customer.import' order by created_at desc limit 1) as audit
          from customers where account_no like 'ACC-%' and account_no >= ${`ACC-${String(before.next).padStart(6, "0")}`}`,
      ),
    );
    expect(numbers).toMatchObject({
      first: `ACC-${String(before.next).padStart(6, "0")}`,
      last: `ACC-${String(before.next + 9_999).padStart(6, "0")}`,
      n: 10_000,
      audit: { fileName: "subscribers.csv", customers: 10_000, subscriptions: 1_000, numberedFromSeries: 10_000 },
    });
    // The audit row names who imported it from where, though the job wrote it after the request ended.
    const who = await withTenantOn(db.app, a.tenantId, (tx) => one<{ user_id: string; ip: string }>(tx, sql`select user_id, ip from audit_log where action = 'customer.import' order by created_at desc limit 1`));
    expect(who).toEqual({ user_id: a.ownerId, ip: "203.0.113.9" });
    expect(await counts(b)).toEqual(beforeB);
    // The import analyzed what it filled: the planner counts the 10,000 rows instead of guessing a few.
    const planned = await one<{ customers: number; subscriptions: number }>(
      db.app,
      sql`select (select reltuples::int from pg_class where oid = 'customers'::regclass) as customers,
        (select reltuples::int from pg_class where oid = 'subscriptions'::regclass) as subscriptions`,
    );
    expect(planned.customers).toBeGreaterThanOrEqual(10_000);
    expect(planned.subscriptions).toBeGreaterThanOrEqual(1_000);
  });
});
