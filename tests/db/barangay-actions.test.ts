import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createBarangayAction,
  deleteBarangayAction,
  importBarangayCsvAction,
  importPsgcAction,
  previewBarangayCsvAction,
  updateBarangayAction,
} from "@/app/(tenant)/t/[tenant]/(app)/barangays/actions";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { actingAs, addStaff, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

const MISAMIS_ORIENTAL = "1004300000";
const BUKIDNON = "1001300000";
const CDO = "1030500000";
const DENIED = { ok: false, error: "You do not have permission to do that." };
const NOT_FOUND = { ok: false, error: "That barangay was not found." };

/** Every barangay server action end to end below Next.js: validation, permission, tenant wall, audit. */
describe.each(backends)("barangay actions on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let cashierA: string;
  let barangayOfB: string;

  const query = <T,>(t: TestTenant, q: ReturnType<typeof sql>) => withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<T>(await tx.execute(q)));
  const count = async (t: TestTenant, where = sql`true`) => (await query<{ n: number }>(t, sql`select count(*)::int as n from barangays where ${where}`))[0]!.n;
  const auditCount = async (t: TestTenant, action: string) =>
    (await query<{ n: number }>(t, sql`select count(*)::int as n from audit_log where action = ${action}`))[0]!.n;
  const idOf = async (t: TestTenant, name: string) => (await query<{ id: string }>(t, sql`select id from barangays where name = ${name}`))[0]!.id;
  const owner = (t: TestTenant) => requestAs(db.app, t, t.ownerId);

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "brgy-alpha");
    b = await signUp(db.app, "brgy-bravo");
    cashierA = await addStaff(db.app, a, "cashier@brgy-alpha.test", "Cashier");
    // Tenant A: Carmen (Cagayan de Oro City) with one customer living there.
    await addSubscriberFixtures(db.app, a);
    barangayOfB = await withTenantOn(db.app, b.tenantId, async (tx) =>
      (await createBarangay(actingAs(tx, b), b.tenantId, { name: "Lapasan", city: "Cagayan de Oro City", province: "Misamis Oriental" })).id,
    );
  });
  afterAll(async () => db?.drop());

  describe("create", () => {
    it("adds a barangay and leads back to its place in the list, with an audit row", async () => {
      const result = await createBarangayAction.runWith(
        await owner(a),
        form({ name: " Gusa ", city: "Cagayan de Oro City", province: "Misamis Oriental", psgcCode: "1030500049" }),
      );
      expect(result).toEqual({ ok: true, data: { redirectTo: "/barangays?province=Misamis+Oriental&city=Cagayan+de+Oro+City" } });
      expect(await query(a, sql`select name, psgc_code as "psgcCode" from barangays where name = 'Gusa'`)).toEqual([{ name: "Gusa", psgcCode: "1030500049" }]);
      expect(await auditCount(a, "barangay.create")).toBe(2); // the fixture's Carmen, and Gusa
    });

    it("returns field errors for missing fields and a bad PSGC code, saving nothing", async () => {
      const before = await count(a);
      const result = await createBarangayAction.runWith(await owner(a), form({ name: "", city: "Cagayan de Oro City", province: "", psgcCode: "12-34" }));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.fieldErrors).toMatchObject({
          name: ["Enter the barangay's name."],
          province: ["Enter the province."],
          psgcCode: ["A PSGC code has 9 or 10 digits."],
        });
      }
      expect(await count(a)).toBe(before);
    });

    it("refuses a barangay already in the list (any letter case), naming the field", async () => {
      const result = await createBarangayAction.runWith(await owner(a), form({ name: "CARMEN", city: "cagayan de oro city", province: "Misamis Oriental" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { name: ["That barangay is already in your list."] } });
    });

    it("allows the same barangay in another tenant's list", async () => {
      const result = await createBarangayAction.runWith(await owner(b), form({ name: "Gusa", city: "Cagayan de Oro City", province: "Misamis Oriental", psgcCode: "1030500049" }));
      expect(result.ok).toBe(true);
    });

    it("refuses a cashier, who lacks customers.edit", async () => {
      const result = await createBarangayAction.runWith(await requestAs(db.app, a, cashierA), form({ name: "Bulua", city: "Cagayan de Oro City", province: "Misamis Oriental" }));
      expect(result).toEqual({ ...DENIED, fieldErrors: {} });
      expect(await count(a, sql`name = 'Bulua'`)).toBe(0);
    });
  });

  describe("update", () => {
    it("saves changes with an audit row of what changed", async () => {
      const id = await idOf(a, "Gusa");
      const result = await updateBarangayAction.runWith(await owner(a), form({ id, name: "Gusa", city: "Cagayan de Oro City", province: "Misamis Oriental", psgcCode: "" }));
      expect(result.ok).toBe(true);
      expect(await query(a, sql`select psgc_code as "psgcCode" from barangays where id = ${id}`)).toEqual([{ psgcCode: null }]);
      expect(await auditCount(a, "barangay.update")).toBe(1);
    });

    it("returns field errors and changes nothing", async () => {
      const id = await idOf(a, "Gusa");
      const result = await updateBarangayAction.runWith(await owner(a), form({ id, name: "", city: "Cagayan de Oro City", province: "Misamis Oriental", psgcCode: "99" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { name: expect.any(Array), psgcCode: expect.any(Array) } });
      expect(await count(a, sql`name = 'Gusa'`)).toBe(1);
    });

    it("refuses a cashier", async () => {
      const id = await idOf(a, "Gusa");
      const result = await updateBarangayAction.runWith(await requestAs(db.app, a, cashierA), form({ id, name: "Renamed", city: "X", province: "Y" }));
      expect(result).toMatchObject(DENIED);
      expect(await count(a, sql`name = 'Renamed'`)).toBe(0);
    });

    it("answers not found for another tenant's barangay and changes nothing", async () => {
      const result = await updateBarangayAction.runWith(await owner(a), form({ id: barangayOfB, name: "Hijacked", city: "X", province: "Y" }));
      expect(result).toMatchObject(NOT_FOUND);
      expect(await query(b, sql`select name from barangays where id = ${barangayOfB}`)).toEqual([{ name: "Lapasan" }]);
    });
  });

  describe("delete", () => {
    it("refuses while customers live there, saying why", async () => {
      const result = await deleteBarangayAction.runWith(await owner(a), form({ id: await idOf(a, "Carmen") }));
      expect(result).toMatchObject({ ok: false, error: "Carmen has 1 customer(s). Move them to another barangay before deleting it." });
      expect(await count(a, sql`name = 'Carmen'`)).toBe(1);
    });

    it("refuses a cashier", async () => {
      const result = await deleteBarangayAction.runWith(await requestAs(db.app, a, cashierA), form({ id: await idOf(a, "Gusa") }));
      expect(result).toMatchObject(DENIED);
      expect(await count(a, sql`name = 'Gusa'`)).toBe(1);
    });

    it("answers not found for another tenant's barangay and deletes nothing", async () => {
      const result = await deleteBarangayAction.runWith(await owner(a), form({ id: barangayOfB }));
      expect(result).toMatchObject(NOT_FOUND);
      expect(await count(b, sql`id = ${barangayOfB}`)).toBe(1);
    });

    it("rejects an id that is not one", async () => {
      const result = await deleteBarangayAction.runWith(await owner(a), form({ id: "42" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { id: ["That barangay was not found."] } });
    });

    it("deletes an unused barangay, with an audit row, and leads back to the list", async () => {
      const result = await deleteBarangayAction.runWith(await owner(a), form({ id: await idOf(a, "Gusa") }));
      expect(result).toEqual({ ok: true, data: { redirectTo: "/barangays" } });
      expect(await count(a, sql`name = 'Gusa'`)).toBe(0);
      expect(await auditCount(a, "barangay.delete")).toBe(1);
    });
  });

  describe("PSGC import", () => {
    it("imports a city's barangays with their codes, skipping one already in the list", async () => {
      const result = await importPsgcAction.runWith(await owner(a), form({ province: MISAMIS_ORIENTAL, city: CDO }));
      expect(result).toEqual({
        ok: true,
        data: { added: 79, message: "Added 79 barangays of Cagayan de Oro City. 1 was already in your list." },
      });
      expect(await count(a, sql`city = 'Cagayan de Oro City' and province = 'Misamis Oriental'`)).toBe(80);
      expect(await query(a, sql`select psgc_code as "psgcCode" from barangays where name = 'Lapasan'`)).toEqual([{ psgcCode: "1030500053" }]);
      expect(await auditCount(a, "barangay.import")).toBe(1);
    });

    it("adds nothing the second time", async () => {
      const result = await importPsgcAction.runWith(await owner(a), form({ province: MISAMIS_ORIENTAL, city: CDO }));
      expect(result).toMatchObject({ ok: true, data: { added: 0 } });
      expect(await count(a, sql`city = 'Cagayan de Oro City'`)).toBe(80);
    });

    it("leaves other tenants' lists alone", async () => {
      expect(await count(b)).toBe(2);
    });

    it("returns field errors for codes that are not PSGC codes", async () => {
      const result = await importPsgcAction.runWith(await owner(b), form({ province: "Misamis", city: "" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { province: ["Choose a province."], city: ["Choose a city or municipality."] } });
    });

    it("refuses a city that is not in the chosen province", async () => {
      const result = await importPsgcAction.runWith(await owner(b), form({ province: BUKIDNON, city: CDO }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { city: expect.any(Array) } });
      expect(await count(b)).toBe(2);
    });

    it("refuses a cashier", async () => {
      const result = await importPsgcAction.runWith(await requestAs(db.app, a, cashierA), form({ province: MISAMIS_ORIENTAL, city: "1004324000" }));
      expect(result).toMatchObject(DENIED);
      expect(await count(a, sql`city = 'Tagoloan'`)).toBe(0);
    });
  });

  describe("CSV import", () => {
    const csv = [
      "\uFEFFname,city,province,psgc_code",
      "Poblacion,Tagoloan,Misamis Oriental,1004324006", // ok
      '"Santa Ana","Tagoloan","Misamis Oriental",', // ok
      "Carmen,Cagayan de Oro City,Misamis Oriental,", // in A's list already
      ",Tagoloan,Misamis Oriental,", // bad: no name
      "Mohon,Tagoloan,Misamis Oriental,10043", // bad: code too short
      "poblacion,Tagoloan,Misamis Oriental,", // duplicate of line 2
    ].join("\r\n");

    it("previews each row and saves nothing", async () => {
      const before = await count(a);
      const result = await previewBarangayCsvAction.runWith(await owner(a), form({ csv }));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.data.counts).toEqual({ ok: 2, bad: 2, duplicate: 2 });
      expect(result.data.rows.map((r) => [r.line, r.status])).toEqual([
        [2, "ok"],
        [3, "ok"],
        [4, "duplicate"],
        [5, "bad"],
        [6, "bad"],
        [7, "duplicate"],
      ]);
      expect(await count(a)).toBe(before);
    });

    it("checks duplicates against this tenant's list only", async () => {
      const result = await previewBarangayCsvAction.runWith(await owner(b), form({ csv }));
      expect(result).toMatchObject({ ok: true, data: { counts: { ok: 3, bad: 2, duplicate: 1 } } });
    });

    it("explains a file without the needed header next to the file field", async () => {
      const result = await previewBarangayCsvAction.runWith(await owner(a), form({ csv: "barangay,town,region\nCarmen,CDO,X" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { csv: [expect.stringContaining("Missing: city, province")] } });
    });

    it("asks for a file when none was sent", async () => {
      const result = await previewBarangayCsvAction.runWith(await owner(a), form({ csv: "" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { csv: ["Choose a CSV file first."] } });
    });

    it("refuses a cashier the preview and the import", async () => {
      const cashier = await requestAs(db.app, a, cashierA);
      expect(await previewBarangayCsvAction.runWith(cashier, form({ csv }))).toMatchObject(DENIED);
      expect(await importBarangayCsvAction.runWith(cashier, form({ csv, expected: 2 }))).toMatchObject(DENIED);
      expect(await count(a, sql`city = 'Tagoloan'`)).toBe(0);
    });

    it("refuses to import when the outcome differs from the preview, saving nothing", async () => {
      const result = await importBarangayCsvAction.runWith(await owner(a), form({ csv, expected: 3 }));
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining("changed since this preview") });
      expect(await count(a, sql`city = 'Tagoloan'`)).toBe(0);
    });

    it("imports only the ready rows, re-checking the file itself", async () => {
      const result = await importBarangayCsvAction.runWith(await owner(a), form({ csv, expected: 2 }));
      expect(result).toEqual({ ok: true, data: { added: 2, message: "Added 2 barangays from the file." } });
      expect(await query(a, sql`select name, psgc_code as "psgcCode" from barangays where city = 'Tagoloan' order by name`)).toEqual([
        { name: "Poblacion", psgcCode: "1004324006" },
        { name: "Santa Ana", psgcCode: null },
      ]);
      expect(await count(b, sql`city = 'Tagoloan'`)).toBe(0);
    });

    it("has nothing left to import from the same file", async () => {
      const preview = await previewBarangayCsvAction.runWith(await owner(a), form({ csv }));
      expect(preview).toMatchObject({ ok: true, data: { counts: { ok: 0 } } });
      const result = await importBarangayCsvAction.runWith(await owner(a), form({ csv, expected: 0 }));
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining("No row of this file is ready") });
    });
  });
});
