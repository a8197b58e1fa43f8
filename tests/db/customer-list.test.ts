import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countCustomers, customerPage, customersForExport, listCustomers, type CustomerPageOptions, type CustomerSortKey } from "@/db/queries/customers";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { createCustomer } from "@/lib/customers/customers";
import { backends, type TestDatabase } from "../support/databases";
import { rows } from "../support/sql";
import { actingAs, signUp, type TestTenant } from "../support/tenants";

/**
 * The customer list's paging, counting and search at the query level: keyset
 * Next/Previous give exactly the pages OFFSET gives, counts stop at a cap, and
 * the search function (migration 0008), which bypasses row-level security
 * inside, still answers only for the caller's tenant.
 */
const LAST_NAMES = ["Villanueva", "Santos", "Villamor", "Reyes", "Santos"];
const FIRST_NAMES = ["Ana", "Ben", "Carla", "Ana", "Dodong", "Ella"];
const PAGE = 5;
const SORTS: CustomerSortKey[] = ["name", "account", "created", "status"];

async function addCustomers(db: TestDatabase, t: TestTenant, count: number, lastNames = LAST_NAMES): Promise<{ barangays: string[] }> {
  return withTenantOn(db.app, t.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: "2026-11-25" };
    const brgys = [
      (await createBarangay(ctx, t.tenantId, { name: "Carmen", city: "Cagayan de Oro City", province: "Misamis Oriental" })).id,
      (await createBarangay(ctx, t.tenantId, { name: "Lapasan", city: "Cagayan de Oro City", province: "Misamis Oriental" })).id,
    ];
    for (let i = 0; i < count; i++) {
      // All in one transaction: created_at ties everywhere, so the id must break them.
      await createCustomer(ctx, t.tenantId, {
        firstName: FIRST_NAMES[i % FIRST_NAMES.length]!,
        lastName: lastNames[i % lastNames.length]!,
        mobile: `+6391755${String(100000 + i).slice(1)}`,
        addressLine: `Purok ${i % 7}`,
        barangayId: brgys[i % 3 === 0 ? 1 : 0]!,
        notes: "",
      });
    }
    // Some variety for the status sort.
    await tx.execute(sql`update customers set status = 'suspended' where account_no in ('ACC-000003', 'ACC-000011', 'ACC-000017')`);
    return { barangays: brgys };
  });
}

describe.each(backends)("customer list queries on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let lapasanA: string;
  let idsOfB: string[];
  const inA = <T>(fn: Parameters<typeof withTenantOn<T>>[2]) => withTenantOn(db.app, a.tenantId, fn);
  const base = (sort: CustomerSortKey, dir: "asc" | "desc"): CustomerPageOptions => ({ sort, dir, page: 1, pageSize: PAGE });

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "list-alpha");
    b = await signUp(db.app, "list-bravo");
    lapasanA = (await addCustomers(db, a, 23)).barangays[1]!;
    await addCustomers(db, b, 4, ["Villanueva"]);
    idsOfB = await withTenantOn(db.app, b.tenantId, async (tx) => (await rows<{ id: string }>(tx, sql`select id from customers`)).map((r) => r.id));
  });
  afterAll(async () => db?.drop());

  /** Every page by number (OFFSET), as the reference order. */
  async function pagesByNumber(opts: CustomerPageOptions): Promise<string[][]> {
    const pages: string[][] = [];
    for (let page = 1; ; page++) {
      const { rows: r } = await inA((tx) => customerPage(tx, { ...opts, page }));
      if (r.length === 0) return pages;
      pages.push(r.map((c) => c.accountNo));
    }
  }

  it.each(SORTS.flatMap((s) => [[s, "asc"], [s, "desc"]] as const))("Next and Previous (keyset) give the pages OFFSET gives, sorted by %s %s", async (sort, dir) => {
    const reference = await pagesByNumber(base(sort, dir));
    expect(reference.flat()).toHaveLength(23);
    expect(reference.map((p) => p.length)).toEqual([5, 5, 5, 5, 3]);

    // Forwards with Next: each link carries the last customer shown.
    const forwards: string[][] = [];
    let page = await inA((tx) => listCustomers(tx, base(sort, dir)));
    expect(page.hasPrevious).toBe(false);
    for (let n = 1; ; n++) {
      forwards.push(page.rows.map((r) => r.accountNo));
      expect(page.page).toBe(n);
      if (!page.hasNext) break;
      const after = page.rows.at(-1)!.id;
      page = await inA((tx) => listCustomers(tx, { ...base(sort, dir), page: n + 1, after }));
      expect(page.hasPrevious).toBe(true);
    }
    expect(forwards).toEqual(reference);

    // Back again with Previous: each link carries the first customer shown.
    const backwards: string[][] = [forwards.at(-1)!];
    for (let n = reference.length - 1; n >= 1; n--) {
      const before = (await inA((tx) => listCustomers(tx, { ...base(sort, dir), page: n + 1, after: undefined, before: undefined })))
        .rows[0]!.id;
      page = await inA((tx) => listCustomers(tx, { ...base(sort, dir), page: n, before }));
      expect(page.hasNext).toBe(true);
      expect(page.hasPrevious).toBe(n > 1);
      expect(page.page).toBe(n);
      backwards.unshift(page.rows.map((r) => r.accountNo));
    }
    expect(backwards).toEqual(reference);
  });

  it("Previous from near the start shows a full first page, and a cursor from another tenant or nowhere falls back to the page number", async () => {
    const reference = await pagesByNumber(base("name", "asc"));
    const third = await inA(async (tx) => (await customerPage(tx, base("name", "asc"))).rows[2]!.id);
    // A link made before two customers were added in front, say: only two rows lie before the cursor.
    const early = await inA((tx) => listCustomers(tx, { ...base("name", "asc"), page: 2, before: third }));
    expect(early.page).toBe(1);
    expect(early.hasPrevious).toBe(false);
    expect(early.rows.map((r) => r.accountNo)).toEqual(reference[0]);

    for (const cursor of [idsOfB[0]!, "00000000-0000-4000-8000-000000000000"]) {
      const stale = await inA((tx) => listCustomers(tx, { ...base("name", "asc"), page: 3, after: cursor }));
      expect(stale.page).toBe(3);
      expect(stale.rows.map((r) => r.accountNo)).toEqual(reference[2]);
    }
  });

  it("keyset paging keeps the filters: barangay and search", async () => {
    const lapasan = { ...base("name", "asc"), barangayId: lapasanA, pageSize: 3 };
    const reference = (await pagesByNumber(lapasan)).flat();
    expect(reference).toHaveLength(8); // customers 1, 4, 7, ... 22
    const walked: string[] = [];
    let page = await inA((tx) => listCustomers(tx, lapasan));
    for (let n = 2; ; n++) {
      walked.push(...page.rows.map((r) => r.accountNo));
      if (!page.hasNext) break;
      page = await inA((tx) => listCustomers(tx, { ...lapasan, page: n, after: page.rows.at(-1)!.id }));
    }
    expect(walked).toEqual(reference);
    expect(page.total).toBe(8);

    const villa = await inA((tx) => listCustomers(tx, { ...base("account", "asc"), q: "VILLA", pageSize: 50 }));
    expect(villa.rows.map((r) => r.lastName).every((n) => n.startsWith("Villa"))).toBe(true);
    expect(villa.total).toBe(10); // Villanueva and Villamor: 2 of every 5 of 23 customers
    const second = await inA((tx) => listCustomers(tx, { ...base("account", "asc"), q: "villa", pageSize: 4, page: 2, after: villa.rows[3]!.id }));
    expect(second.rows.map((r) => r.accountNo)).toEqual(villa.rows.slice(4, 8).map((r) => r.accountNo));
  });

  it("counts up to the cap and says when there are more", async () => {
    await inA(async (tx) => {
      expect(await countCustomers(tx, {})).toEqual({ total: 23, capped: false });
      expect(await countCustomers(tx, {}, 10)).toEqual({ total: 10, capped: true });
      expect(await countCustomers(tx, {}, 23)).toEqual({ total: 23, capped: false });
      expect(await countCustomers(tx, { barangayId: lapasanA }, 5)).toEqual({ total: 5, capped: true });
      expect(await countCustomers(tx, { status: "suspended" }, 5)).toEqual({ total: 3, capped: false });
    });
    const list = await inA((tx) => listCustomers(tx, base("name", "asc")));
    expect(list).toMatchObject({ total: 23, totalCapped: false });
  });

  it("exports the whole view in its order, seeking batch by batch", async () => {
    const opts = { sort: "status" as const, dir: "desc" as const };
    const reference = (await pagesByNumber({ ...opts, page: 1, pageSize: 50 })).flat();
    const exported = await inA(async (tx) => {
      const out: string[] = [];
      for await (const batch of customersForExport(tx, opts, 4)) out.push(...batch.map((r) => r.accountNo));
      return out;
    });
    expect(exported).toEqual(reference);
    expect(exported).toHaveLength(23);
  });

  it("finds a name typed as the list shows it (\"Santos, Ana\"), in either order, and from parts of words", async () => {
    const found = (q: string) => inA(async (tx) => (await listCustomers(tx, { ...base("account", "asc"), q, pageSize: 50 })).rows.map((r) => r.accountNo));
    const anaSantos = await inA(async (tx) =>
      (await rows<{ account_no: string }>(tx, sql`select account_no from customers where first_name = 'Ana' and last_name = 'Santos' order by account_no`)).map((r) => r.account_no),
    );
    expect(anaSantos.length).toBeGreaterThan(0);
    for (const q of ["Santos, Ana", "santos,ana", "Ana Santos", "SANTOS ANA", "ana sant", "sant, ana", "Santos; Ana."]) {
      expect(await found(q), q).toEqual(anaSantos);
    }
  });

  describe("fiberbill_customer_search_ids", () => {
    const search = (words: string[]) => sql`select id from fiberbill_customer_search_ids(array[${sql.join(words.map((w) => sql`${w}`), sql`, `)}]::text[]) as id`;
    const ids = async (tenantId: string, words: string[]) =>
      withTenantOn(db.app, tenantId, async (tx) => (await rows<{ id: string }>(tx, search(words))).map((r) => r.id).sort());

    it("returns the caller's tenant's matching ids and never another tenant's", async () => {
      const villaA = await inA(async (tx) => (await rows<{ id: string }>(tx, sql`select id from customers where last_name like 'Villa%'`)).map((r) => r.id).sort());
      expect(villaA).toHaveLength(10);
      // Both tenants have Villanuevas; each sees only its own.
      expect(await ids(a.tenantId, ["villa"])).toEqual(villaA);
      expect(await ids(b.tenantId, ["villa"])).toEqual([...idsOfB].sort());
      expect(await ids(a.tenantId, ["villanueva", "ana"])).toHaveLength(2);
      // Wildcards are literal; blank words are ignored; nothing to look for finds nothing.
      expect(await ids(a.tenantId, ["vill_"])).toEqual([]);
      expect(await ids(a.tenantId, ["%"])).toEqual([]);
      expect(await ids(a.tenantId, ["  ", "VILLAMOR"])).toHaveLength(5);
      expect(await ids(a.tenantId, [])).toEqual([]);
    });

    it("returns nothing without a tenant context, on the runtime role", async () => {
      const noContext = await db.app.transaction(async (tx) => rows<{ id: string }>(tx, search(["villa"])));
      expect(noContext).toEqual([]);
      const emptied = await db.app.transaction(async (tx) => {
        await tx.execute(sql`select set_config('app.tenant_id', '', true)`);
        return rows<{ id: string }>(tx, search(["villa"]));
      });
      expect(emptied).toEqual([]);
      // Outside any transaction too (the setting reads '' after one ended on this connection).
      expect(await rows(db.app, search(["villa"]))).toEqual([]);
    });

    it("is a narrow SECURITY DEFINER function: fixed search_path, ids only, executable by the runtime role and not by PUBLIC", async () => {
      const [fn] = await rows<{ definer: boolean; config: string[]; result: string; public_can: boolean; app_can: boolean }>(
        db.app,
        sql`select p.prosecdef as definer, p.proconfig as config, pg_get_function_result(p.oid) as result,
          exists (select 1 from aclexplode(p.proacl) x where x.grantee = 0 and x.privilege_type = 'EXECUTE') as public_can,
          has_function_privilege('fiberbill_app', p.oid, 'EXECUTE') as app_can
        from pg_proc p where p.proname = 'fiberbill_customer_search_ids'`,
      );
      expect(fn).toEqual({ definer: true, config: ["search_path=public, pg_temp"], result: "SETOF uuid", public_can: false, app_can: true });
    });
  });
});
