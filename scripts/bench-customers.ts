/**
 * npm run bench:customers [-- --build]
 *
 * The customer list at 100,000 customers (issue 3, "Speed"). On the local
 * PostgreSQL server named by BENCH_DATABASE_URL or TEST_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres) it creates fiberbill_bench_<ts>,
 * seeds tenant "bench" with 100,000 customers next to the demo ISP and a
 * 20,000-customer tenant "other", runs the last production build with
 * `next start` on port 3300 (building it first only if .next has none, or with
 * --build), signs in as bench's owner with a minted session cookie, and for each
 * case times 50 page loads (HTML and RSC payload, after 5 unmeasured) interleaved
 * with 50 runs of listCustomers, the function the page calls, on a direct
 * runtime-role connection. It EXPLAINs (ANALYZE) the statements listCustomers issues, as
 * captured from the driver. The database is dropped at the end, also on error.
 * The last line of output is one JSON object.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import type { ChildProcess } from "node:child_process";
import { eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { customerFilterOptions, listCustomers } from "@/db/queries/customers";
import { rowsOf } from "@/db/rows";
import { barangays, users } from "@/db/schema";
import { resolveTenantBySlug } from "@/db/system";
import { withTenantOn } from "@/db/with-tenant";
import { customerListSchema } from "@/lib/validations/customer-list";
import { getPage, RSC_HEADERS, rscPath, waitForServer } from "./bench/http";
import { assertLocal, benchEnv, createBenchDatabase, ensureBuild, run, startNext, stopProcess } from "./bench/server";
import { describePlan, openRuntime, seqScanOnCustomers } from "./bench/sql";
import { percentile, round1, table, timeInterleaved } from "./bench/stats";

const CUSTOMERS = 100_000;
const OTHER_CUSTOMERS = 20_000;
const PORT = 3300;
const RUNS = 50;
const WARM_UP = 5;
const TARGET_P95_MS = 150;
const TARGET_RATIO = 3;
/** Auth.js's session cookie on plain http; its name is also the JWT's salt. */
const SESSION_COOKIE = "authjs.session-token";

type Case = { name: string; path: string };
type Result = Case & {
  p50: number;
  p95: number;
  rscP50: number;
  rscP95: number;
  htmlKb: number;
  sqlP50: number;
  sqlP95: number;
  dataP95: number;
  seqScan: boolean;
  plans: string[];
};

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const authSecret = randomBytes(32).toString("base64url");
let database: Awaited<ReturnType<typeof createBenchDatabase>> | undefined;
let next: ChildProcess | undefined;
let runtime: ReturnType<typeof openRuntime> | undefined;

async function cleanUp(): Promise<void> {
  await stopProcess(next);
  await runtime?.close().catch(() => {});
  await database?.drop().catch((e: unknown) => console.error(`could not drop ${database?.name}:`, e));
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanUp().finally(() => process.exit(130)));
}

/** The listCustomers options the page derives from the same URL. */
function listOptions(path: string) {
  const state = customerListSchema.parse(Object.fromEntries(new URL(path, "http://x").searchParams));
  return { q: state.q, status: state.status, barangayId: state.barangay, planId: state.plan, sort: state.sort, dir: state.dir, page: state.page, pageSize: state.size };
}

async function measure(c: Case, tenantId: string, cookie: string, host: string): Promise<Result> {
  const rt = runtime!;
  const opts = listOptions(c.path);
  const expected = await withTenantOn(rt.db, tenantId, (tx) => listCustomers(tx, opts));
  const first = await getPage(PORT, host, c.path, cookie);
  const marker = expected.rows[0]?.accountNo;
  if (first.status !== 200 || (marker && !first.body.includes(marker))) {
    throw new Error(`${c.path} answered ${first.status}${first.location ? ` -> ${first.location}` : ""} without the expected row ${marker}`);
  }
  const rsc = await getPage(PORT, host, rscPath(c.path), cookie, RSC_HEADERS);
  if (rsc.status !== 200 || rsc.contentType !== "text/x-component") throw new Error(`${rscPath(c.path)} answered ${rsc.status} ${rsc.contentType}`);
  const page = async (path: string, headers: Record<string, string> = {}) => {
    const res = await getPage(PORT, host, path, cookie, headers);
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  };
  // Interleaved, one of each per round, so a burst of load from elsewhere on the
  // machine lands on the HTTP and the SQL samples alike and their ratio stays fair.
  const [http, rscTimes, sqlTimes, data] = await timeInterleaved(
    [
      () => page(c.path),
      () => page(rscPath(c.path), RSC_HEADERS),
      () => withTenantOn(rt.db, tenantId, (tx) => listCustomers(tx, opts)),
      // What the page's withTenant block runs: the list and the filter options, in one transaction.
      () => withTenantOn(rt.db, tenantId, async (tx) => [await listCustomers(tx, opts), await customerFilterOptions(tx)]),
    ],
    RUNS,
    WARM_UP,
  );
  const statements = await rt.capture(tenantId, (tx) => listCustomers(tx, opts));
  const plans = await rt.explain(tenantId, statements);
  return {
    ...c,
    p50: percentile(http, 50),
    p95: percentile(http, 95),
    rscP50: percentile(rscTimes, 50),
    rscP95: percentile(rscTimes, 95),
    htmlKb: Buffer.byteLength(first.body) / 1024,
    sqlP50: percentile(sqlTimes, 50),
    sqlP95: percentile(sqlTimes, 95),
    dataP95: percentile(data, 95),
    seqScan: seqScanOnCustomers(plans),
    plans: plans.flatMap((p, i) => [`  statement ${i + 1}: ${statements[i]!.sql.slice(0, 110).replace(/\s+/g, " ")}...`, ...describePlan(p, 2)]),
  };
}

function report(results: Result[], context: string[]): void {
  const verdict = (r: Result) => {
    const misses = [
      r.p95 >= TARGET_P95_MS ? `p95 >= ${TARGET_P95_MS} ms` : "",
      r.p95 > TARGET_RATIO * r.sqlP95 ? `> ${TARGET_RATIO}x SQL` : "",
      r.seqScan ? "seq scan" : "",
    ].filter(Boolean);
    return misses.length ? `MISS (${misses.join(", ")})` : "ok";
  };
  console.log(["", ...context, ""].join("\n"));
  console.log(
    table(
      ["case", "html KB", "html p50", "html p95", "rsc p50", "rsc p95", "sql p50", "sql p95", "html p95/sql p95", "page data sql p95", "seq scan", "target"],
      results.map((r) => [
        `${r.name} (${r.path.length > 60 ? `${r.path.slice(0, 57)}...` : r.path})`,
        r.htmlKb.toFixed(0),
        `${round1(r.p50)} ms`,
        `${round1(r.p95)} ms`,
        `${round1(r.rscP50)} ms`,
        `${round1(r.rscP95)} ms`,
        `${round1(r.sqlP50)} ms`,
        `${round1(r.sqlP95)} ms`,
        `${(r.p95 / r.sqlP95).toFixed(1)}x`,
        `${round1(r.dataP95)} ms`,
        r.seqScan ? "yes" : "no",
        verdict(r),
      ]),
    ),
  );
  console.log("\nPlans (EXPLAIN ANALYZE of the statements listCustomers sent):");
  for (const r of results) console.log([`${r.name}:`, ...r.plans].join("\n"));
  console.log(
    JSON.stringify({
      bench: "customers",
      customers: CUSTOMERS,
      cases: results.map((r) => ({ name: r.name, p50_ms: round1(r.p50), p95_ms: round1(r.p95), sql_p95_ms: round1(r.sqlP95), seq_scan: r.seqScan })),
    }),
  );
}

try {
  assertLocal(new URL(serverUrl));
  database = await createBenchDatabase(serverUrl);
  console.log(`Database ${database.name}`);
  const env = benchEnv(database.url, authSecret);
  const seedStarted = performance.now();
  await run("tsx", ["db/cli/seed.ts", "--customers", String(CUSTOMERS), "--tenant", "bench", "--name", "Bench Fiber"], env);
  await run("tsx", ["db/cli/seed.ts", "--customers", String(OTHER_CUSTOMERS), "--tenant", "other", "--name", "Other Fiber"], env);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const build = await ensureBuild(process.argv.includes("--build"), env);

  next = startNext(PORT, env);
  const host = `bench.localhost:${PORT}`;
  await waitForServer(PORT, host, "/api/subdomains?slug=bench-ready-check", 90_000, () => next!.exitCode !== null);
  runtime = openRuntime(database.url);
  const rt = runtime;
  const tenant = await resolveTenantBySlug(rt.db, "bench");
  if (!tenant) throw new Error("the seed made no tenant bench");
  const { owner, barangay } = await withTenantOn(rt.db, tenant.id, async (tx) => ({
    owner: (await tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.isTenantOwner, true)))[0],
    barangay: (await tx.select({ id: barangays.id }).from(barangays).where(eq(barangays.name, "Carmen")))[0],
  }));
  if (!owner || !barangay) throw new Error("bench has no owner or no barangay Carmen");
  const token = { sub: owner.id, tenantId: tenant.id, tenantSlug: tenant.slug, name: owner.name, email: owner.email };
  const cookie = `${SESSION_COOKIE}=${await encode({ token, secret: authSecret, salt: SESSION_COOKIE })}`;

  const cases: Case[] = [
    { name: "first page", path: "/customers" },
    { name: "deep sorted page", path: "/customers?sort=created&dir=desc&page=1500" },
    // "vill": Villanueva and Villamor, about 3 % of the customers.
    { name: "search part of a name", path: "/customers?q=vill" },
    { name: "filter by barangay", path: `/customers?barangay=${barangay.id}` },
  ];
  const results: Result[] = [];
  for (const c of cases) {
    console.log(`Measuring ${c.name} ...`);
    results.push(await measure(c, tenant.id, cookie, host));
  }
  const [version] = rowsOf<{ v: string }>(await rt.db.execute(sql`select split_part(version(), ' on ', 1) as v`));
  await cleanUp();
  report(results, [
    `Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}, Node ${process.version}, ${version?.v ?? "PostgreSQL"}`,
    `Build: ${build}`,
    `Seed: ${CUSTOMERS.toLocaleString("en")} customers in "bench", ${OTHER_CUSTOMERS.toLocaleString("en")} in "other", 300 in "demo" (${seedSeconds.toFixed(1)} s including migrations)`,
    `Each case: ${RUNS} sequential requests after ${WARM_UP} unmeasured, p50/p95 in ms.`,
    "  html = the whole HTML document over HTTP (a first load); rsc = the RSC payload the table fetches when it pages or sorts;",
    "  sql = listCustomers through withTenantOn on the runtime role; page data sql = listCustomers + customerFilterOptions in one transaction.",
  ]);
} catch (error) {
  console.error("The benchmark failed:", error);
  await cleanUp();
  process.exit(1);
}
