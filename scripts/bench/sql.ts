import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { runtimeDatabaseUrl } from "@/db/database-url";
import * as schema from "@/db/schema";
import type { Database, Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { searchWords } from "@/db/queries/customers";

export type Captured = { sql: string; params: unknown[] };

/**
 * The runtime role's connection, as the app opens it, with a logger that can
 * record the statements a function issues: the benchmark explains exactly the
 * SQL that listCustomers sends, whatever shape it takes.
 */
export function openRuntime(ownerUrl: string) {
  const client = postgres(runtimeDatabaseUrl(ownerUrl), { max: 2, onnotice: () => {} });
  let recording: Captured[] | null = null;
  const logger = { logQuery: (query: string, params: unknown[]) => recording?.push({ sql: query, params }) };
  const db = drizzle(client, { schema, logger }) as unknown as Database;

  /** Runs fn in the tenant's context and returns the statements it issued (tenant context setting excluded). */
  async function capture(tenantId: string, fn: (tx: Tx) => Promise<unknown>): Promise<Captured[]> {
    recording = [];
    try {
      await withTenantOn(db, tenantId, fn);
      return recording.filter((q) => !q.sql.startsWith("SET LOCAL app.tenant_id"));
    } finally {
      recording = null;
    }
  }

  /**
   * EXPLAIN (ANALYZE, FORMAT JSON) of each statement in the tenant's context, so the
   * plans include the row-level security filter. The raw client runs them because
   * the captured SQL comes with positional parameters; the context is set the way
   * withTenantOn sets it.
   */
  async function explain(tenantId: string, statements: Captured[]): Promise<PlanNode[]> {
    return client.begin(async (t) => {
      await t`select set_config('app.tenant_id', ${tenantId}, true)`;
      const plans: PlanNode[] = [];
      for (const s of statements) {
        const [row] = await t.unsafe(`explain (analyze, format json) ${s.sql}`, s.params as never[]);
        plans.push((row as unknown as { "QUERY PLAN": { Plan: PlanNode }[] })["QUERY PLAN"][0]!.Plan);
      }
      return plans;
    }) as Promise<PlanNode[]>;
  }

  return { db, capture, explain, close: () => client.end() };
}

/**
 * The plan of the statement inside fiberbill_customer_search_ids, which an
 * EXPLAIN of the caller shows only as a function scan. auto_explain logs the
 * nested statement's plan (ANALYZE) and client_min_messages brings the log
 * line back to this connection. It runs as the owner: LOAD needs a superuser,
 * and the function runs as its owner anyway.
 */
export async function explainSearchFunction(ownerUrl: string, tenantId: string, q: string): Promise<PlanNode> {
  const logged: string[] = [];
  const owner = postgres(ownerUrl, { max: 1, onnotice: (n) => logged.push(String(n.message ?? "")) });
  try {
    await owner.begin(async (t) => {
      await t.unsafe("LOAD 'auto_explain'");
      await t.unsafe("SET LOCAL auto_explain.log_min_duration = 0");
      await t.unsafe("SET LOCAL auto_explain.log_nested_statements = on");
      await t.unsafe("SET LOCAL auto_explain.log_analyze = on");
      await t.unsafe("SET LOCAL auto_explain.log_format = json");
      await t.unsafe("SET LOCAL client_min_messages = log");
      await t`select set_config('app.tenant_id', ${tenantId}, true)`;
      await t`select count(*) from fiberbill_customer_search_ids(${searchWords(q)}::text[])`;
    });
  } finally {
    await owner.end();
  }
  for (const line of logged) {
    const json = line.slice(line.indexOf("{"));
    const entry = json.startsWith("{") ? (JSON.parse(json) as { "Query Text": string; Plan: PlanNode }) : null;
    if (entry?.["Query Text"].startsWith("SELECT c.id FROM customers c")) return entry.Plan;
  }
  throw new Error("auto_explain reported no plan for the search function's statement");
}

export type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  Filter?: string;
  "Rows Removed by Filter"?: number;
  "Actual Rows"?: number;
  "Actual Total Time"?: number;
  "Heap Fetches"?: number;
  Plans?: PlanNode[];
};

export function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

export function seqScanOnCustomers(plans: PlanNode[]): boolean {
  return plans.flatMap(nodes).some((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "customers");
}

/** The row-level security policy's `(select current_setting(...))`: one in every plan, no information. */
const isPolicyInitPlan = (n: PlanNode) => n["Node Type"] === "Result" && !n.Plans;

const short = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}...` : text);

/** One line per node, indented: "Index Only Scan customers_tenant_created_idx rows=50 1.2 ms heap_fetches=0". */
export function describePlan(plan: PlanNode, depth = 0): string[] {
  const parts = [
    [plan["Node Type"], plan["Index Name"] ?? plan["Relation Name"] ?? ""].join(" ").trim(),
    plan["Actual Rows"] !== undefined ? `rows=${plan["Actual Rows"]}` : "",
    plan["Actual Total Time"] !== undefined ? `${plan["Actual Total Time"].toFixed(1)} ms` : "",
    plan["Heap Fetches"] !== undefined ? `heap_fetches=${plan["Heap Fetches"]}` : "",
    plan["Index Cond"] ? `index_cond=${short(plan["Index Cond"])}` : "",
    plan.Filter ? `filter=${short(plan.Filter)} removed=${plan["Rows Removed by Filter"] ?? 0}` : "",
  ];
  const children = (plan.Plans ?? []).filter((p) => !isPolicyInitPlan(p));
  return [`${"  ".repeat(depth)}${parts.filter(Boolean).join(" ")}`, ...children.flatMap((p) => describePlan(p, depth + 1))];
}
