import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pg-proxy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCustomers, type CustomerPageOptions } from "@/db/queries/customers";
import type { Database } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { backends, type TestDatabase } from "../support/databases";
import { one, rows } from "../support/sql";
import { actingAs, signUp, type TestTenant } from "../support/tenants";

const SEARCH = "fiberbill_customer_search_ids";
const CUSTOMERS = 3000;

type PlanNode = {
  "Node Type": string;
  "Parent Relationship"?: string;
  "Function Name"?: string;
  Output?: string[];
  "Actual Loops": number;
  Plans?: PlanNode[];
};

/** The statements a query function sends, as text with their parameters, without running them. */
async function statementsOf(run: (db: Database) => Promise<unknown>): Promise<{ text: string; params: unknown[] }[]> {
  const sent: { text: string; params: unknown[] }[] = [];
  const recorder = drizzle(async (text, params) => {
    sent.push({ text, params });
    return { rows: [] };
  }) as unknown as Database;
  await run(recorder).catch(() => {});
  return sent;
}

/** Parameters written into the text, so the statement can be EXPLAINed as it is. */
function inline({ text, params }: { text: string; params: unknown[] }): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const v = params[Number(n) - 1];
    return typeof v === "number" ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
  });
}

/** Every node that calls the search function, with whether it runs under an InitPlan. */
function callers(node: PlanNode, underInitPlan = false): { node: PlanNode; underInitPlan: boolean }[] {
  const inInit = underInitPlan || node["Parent Relationship"] === "InitPlan";
  const calls = node["Function Name"] === SEARCH || (node["Node Type"] !== "Function Scan" && (node.Output ?? []).some((o) => o.includes(`${SEARCH}(`)));
  const here = calls ? [{ node, underInitPlan: inInit }] : [];
  return [...here, ...(node.Plans ?? []).flatMap((p) => callers(p, inInit))];
}

/**
 * The customer search's plan does not depend on statistics: on a database
 * nobody has analyzed (a fresh seed or import; PGlite never analyzes by
 * itself) the planner once put the search function on the inner side of a
 * nested loop and ran it for every customer row (13-15 s for the cashier's
 * search). This checks the plan's shape, not its speed: in every statement
 * of the list and of the cashier's search, the function is called at one
 * place, in an InitPlan, and that place runs once.
 */
describe.each(backends)("customer search plan on $name", ({ open, name }) => {
  let db: TestDatabase;
  let t: TestTenant;

  beforeAll(async () => {
    db = await open();
    // A throw-away database: keep autovacuum from analyzing it behind the test's back.
    if (name === "postgres") await db.asOwner((owner) => owner.execute(sql`alter table customers set (autovacuum_enabled = false, toast.autovacuum_enabled = false)`));
    t = await signUp(db.app, "search-plan");
    await withTenantOn(db.app, t.tenantId, async (tx) => {
      const carmen = await createBarangay(actingAs(tx, t), t.tenantId, { name: "Carmen", city: "Cagayan de Oro City", province: "Misamis Oriental" });
      // Set-based, as an import writes them: no ANALYZE follows.
      await tx.execute(sql`insert into customers (tenant_id, account_no, first_name, last_name, mobile, address_line, barangay_id)
        select ${t.tenantId}, 'ACC-' || lpad(i::text, 6, '0'),
          (array['Ana', 'Ben', 'Santiago', 'Feliciano', 'Rosa'])[1 + i % 5],
          (array['Santos', 'Reyes', 'Dela Cruz', 'Villanueva', 'Garcia', 'Bautista', 'Mendoza'])[1 + i % 7],
          '+63917' || lpad(i::text, 7, '0'), 'Purok ' || (i % 9), ${carmen.id}
        from generate_series(1, ${CUSTOMERS}) i`);
    });
  });
  afterAll(async () => db?.drop());

  it("starts from a database without statistics", async () => {
    const [stats] = await rows<{ analyzed: boolean }>(
      db.app,
      sql`select (last_analyze is not null or last_autoanalyze is not null) as analyzed from pg_stat_user_tables where relname = 'customers'`,
    );
    expect(stats?.analyzed ?? false).toBe(false);
  });

  const searches: [string, CustomerPageOptions][] = [
    ["the list's search", { q: "san", sort: "name", dir: "asc", page: 1, pageSize: 50 }],
    ["the cashier's search", { q: "santos fel", sort: "name", dir: "asc", page: 1, pageSize: 8 }],
    ["a search with a filter, sorted by account", { q: "rosa", status: "active", sort: "account", dir: "desc", page: 1, pageSize: 50 }],
  ];

  it.each(searches)("%s calls the search function once per statement", async (_, opts) => {
    const statements = (await statementsOf((rec) => listCustomers(rec as never, opts))).filter((s) => s.text.includes(SEARCH));
    expect(statements.length).toBeGreaterThanOrEqual(2); // the page and its count
    for (const statement of statements) {
      const plan = await withTenantOn(db.app, t.tenantId, async (tx) => {
        const [row] = await rows<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(tx, sql.raw(`explain (analyze, verbose, format json) ${inline(statement)}`));
        return row!["QUERY PLAN"][0].Plan;
      });
      const found = callers(plan);
      expect(found, statement.text).toHaveLength(1);
      expect(found[0]!.underInitPlan, "the call is an InitPlan").toBe(true);
      expect(found[0]!.node["Actual Loops"], "the call runs once").toBe(1);
    }
    // And the search still finds what it should.
    const result = await withTenantOn(db.app, t.tenantId, (tx) => listCustomers(tx, opts));
    expect(result.rows.length).toBeGreaterThan(0);
  });

  it("finds the same customers as a plain scan would", async () => {
    const viaSearch = await withTenantOn(db.app, t.tenantId, (tx) => listCustomers(tx, { q: "santos fel", sort: "account", dir: "asc", page: 1, pageSize: 100 }));
    const expected = await withTenantOn(db.app, t.tenantId, (tx) =>
      one<{ n: number }>(tx, sql`select count(*)::int as n from customers where search_text like '%santos%' and search_text like '%fel%'`),
    );
    expect(viaSearch.total).toBe(expected.n);
    expect(viaSearch.rows.every((r) => r.lastName === "Santos" && r.firstName === "Feliciano")).toBe(true);
  });
});
