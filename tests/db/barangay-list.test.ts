import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBarangay, listBarangays } from "@/db/queries/barangays";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { createCustomer } from "@/lib/customers/customers";
import { backends, type TestDatabase } from "../support/databases";
import { actingAs, signUp, type TestTenant } from "../support/tenants";

const PLACE = { city: "Cagayan de Oro City", province: "Misamis Oriental" };

/**
 * Customers > Barangays: each barangay's number of customers, counted within
 * the tenant, on the list and on a barangay's own page; "Barangay 2" before
 * "Barangay 10".
 */
describe.each(backends)("barangay list on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  const ids: Record<string, string> = {};

  async function addPeople(t: TestTenant, barangayId: string, n: number) {
    await withTenantOn(db.app, t.tenantId, async (tx) => {
      const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: "2026-11-25" };
      for (let i = 0; i < n; i++) {
        await createCustomer(ctx, t.tenantId, { firstName: `Ana ${i}`, lastName: "Reyes", mobile: `+6391755${String(10000 + i)}`, addressLine: "", barangayId, notes: "" });
      }
    });
  }

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "brgy-list-a");
    b = await signUp(db.app, "brgy-list-b");
    await withTenantOn(db.app, a.tenantId, async (tx) => {
      for (const name of ["Barangay 10", "Carmen", "Barangay 2", "Lapasan"]) ids[name] = (await createBarangay(actingAs(tx, a), a.tenantId, { name, ...PLACE })).id;
    });
    const carmenOfB = await withTenantOn(db.app, b.tenantId, async (tx) => (await createBarangay(actingAs(tx, b), b.tenantId, { name: "Carmen", ...PLACE })).id);
    await addPeople(a, ids.Carmen!, 3);
    await addPeople(a, ids["Barangay 2"]!, 1);
    // Another tenant's customers in its own Carmen count for nobody else.
    await addPeople(b, carmenOfB, 2);
  });
  afterAll(async () => db?.drop());

  it("counts each barangay's customers, in natural order", async () => {
    const { rows, total } = await withTenantOn(db.app, a.tenantId, (tx) => listBarangays(tx, {}, 1));
    expect(total).toBe(4);
    expect(rows.map((r) => [r.name, r.customerCount])).toEqual([
      ["Barangay 2", 1],
      ["Barangay 10", 0],
      ["Carmen", 3],
      ["Lapasan", 0],
    ]);
    const filtered = await withTenantOn(db.app, a.tenantId, (tx) => listBarangays(tx, { q: "carm" }, 1));
    expect(filtered.rows.map((r) => [r.name, r.customerCount])).toEqual([["Carmen", 3]]);
  });

  it("counts one barangay's customers on its own page", async () => {
    const carmen = await withTenantOn(db.app, a.tenantId, (tx) => getBarangay(tx, { id: ids.Carmen! }));
    expect(carmen).toMatchObject({ name: "Carmen", customerCount: 3 });
    const empty = await withTenantOn(db.app, a.tenantId, (tx) => getBarangay(tx, { id: ids.Lapasan! }));
    expect(empty).toMatchObject({ name: "Lapasan", customerCount: 0 });
  });
});
