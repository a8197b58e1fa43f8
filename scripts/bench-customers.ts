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
 * case times 50 rounds (after 5 unmeasured) of: the HTML document and the RSC
 * payload, each over HTTP and inside the server (server-timing.mjs), and the
 * bare SQL on a direct runtime-role connection: listCustomers alone, the page's
 * whole tenant transaction, and every statement of the request (tenant, session
 * user, page). It EXPLAINs (ANALYZE) the statements the page's transaction
 * issues, as captured from the driver. The database is dropped at the end, also
 * on error. The last line of output is one JSON object.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import type { ChildProcess } from "node:child_process";
import { eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { customerListData } from "@/app/(tenant)/t/[tenant]/(app)/customers/list-data";
import { FILTER_OPTIONS_URL } from "@/components/tables/customers/use-filter-options";
import { customerPage, listCustomers } from "@/db/queries/customers";
import { rowsOf } from "@/db/rows";
import { barangays, users } from "@/db/schema";
import { resolveTenantBySlug } from "@/db/system";
import { withTenantOn } from "@/db/with-tenant";
import type { SessionClaims } from "@/lib/auth/session-cookie";
import { loadSessionState } from "@/lib/auth/session-state";
import { customerListSchema } from "@/lib/validations/customer-list";
import { report, type Case, type Result } from "./bench/customers-report";
import { getPage, RSC_HEADERS, rscPath, waitForServer } from "./bench/http";
import { assertLocal, benchEnv, createBenchDatabase, ensureBuild, run, startNext, stopProcess } from "./bench/server";
import { SERVER_TIMING_HOOK, serverTimings } from "./bench/server-timings";
import { describePlan, explainSearchFunction, openRuntime, seqScanOnCustomers } from "./bench/sql";
import { percentile, round1, timeInterleaved } from "./bench/stats";

const CUSTOMERS = 100_000;
const OTHER_CUSTOMERS = 20_000;
/** BENCH_PORT lets two checkouts benchmark side by side. */
const PORT = Number(process.env.BENCH_PORT) || 3300;
const RUNS = 200;
const WARM_UP = 5;
/** Auth.js's session cookie on plain http; its name is also the JWT's salt. */
const SESSION_COOKIE = "authjs.session-token";

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

const load1 = () => os.loadavg()[0]!.toFixed(1);

type Session = { tenant: NonNullable<Awaited<ReturnType<typeof resolveTenantBySlug>>>; claims: SessionClaims; cookie: string; host: string };

async function measure(c: Case, s: Session, timings: ReturnType<typeof serverTimings>): Promise<Result> {
  const rt = runtime!;
  const tenantId = s.tenant.id;
  const state = customerListSchema.parse(Object.fromEntries(new URL(c.path, "http://x").searchParams));
  const [expected] = await withTenantOn(rt.db, tenantId, (tx) => customerListData(tx, state));
  const first = await getPage(PORT, s.host, c.path, s.cookie);
  const marker = expected.rows[0]?.accountNo;
  if (first.status !== 200 || (marker && !first.body.includes(marker))) {
    throw new Error(`${c.path} answered ${first.status}${first.location ? ` -> ${first.location}` : ""} without the expected row ${marker}`);
  }
  const rsc = await getPage(PORT, s.host, rscPath(c.path), s.cookie, RSC_HEADERS);
  if (rsc.status !== 200 || rsc.contentType !== "text/x-component") throw new Error(`${rscPath(c.path)} answered ${rsc.status} ${rsc.contentType}`);
  const htmlServer: number[] = [];
  const rscServer: number[] = [];
  let round = 0;
  const page = async (path: string, into: number[], headers: Record<string, string> = {}) => {
    const tag = timings.tag();
    const res = await getPage(PORT, s.host, path, s.cookie, { ...headers, ...tag.headers });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    const ms = await timings.serverMs(tag.id);
    if (round >= WARM_UP) into.push(ms);
  };
  // Interleaved, one of each per round, so a burst of load from elsewhere on the
  // machine lands on the HTTP and the SQL samples alike and their ratio stays fair.
  const [html, rscTimes, listSql, pageSql, requestSql] = await timeInterleaved(
    [
      () => page(c.path, htmlServer),
      () => page(rscPath(c.path), rscServer, RSC_HEADERS),
      // The query function alone ...
      () => withTenantOn(rt.db, tenantId, (tx) => listCustomers(tx, { ...state, barangayId: state.barangay, planId: state.plan, pageSize: state.size })),
      // ... the page's tenant transaction (the same function the page calls) ...
      () => withTenantOn(rt.db, tenantId, (tx) => customerListData(tx, state)),
      // ... and every statement of the request: the subdomain's tenant, the session's user and role, the page.
      async () => {
        const tenant = await resolveTenantBySlug(rt.db, s.tenant.slug);
        await loadSessionState(rt.db, tenant, s.claims);
        await withTenantOn(rt.db, tenantId, (tx) => customerListData(tx, state));
        round++;
      },
    ],
    RUNS,
    WARM_UP,
  );
  const statements = await rt.capture(tenantId, (tx) => customerListData(tx, state));
  const plans = await rt.explain(tenantId, statements);
  if (state.q) plans.push(await explainSearchFunction(database!.url, tenantId, state.q));
  const p = (xs: number[], q: number) => percentile(xs, q);
  return {
    ...c,
    htmlKb: Buffer.byteLength(first.body) / 1024,
    rscKb: Buffer.byteLength(rsc.body) / 1024,
    html: { p50: p(html, 50), p95: p(html, 95) },
    htmlServer: { p50: p(htmlServer, 50), p95: p(htmlServer, 95) },
    rsc: { p50: p(rscTimes, 50), p95: p(rscTimes, 95) },
    rscServer: { p50: p(rscServer, 50), p95: p(rscServer, 95) },
    listSql: { p50: p(listSql, 50), p95: p(listSql, 95) },
    pageSql: { p50: p(pageSql, 50), p95: p(pageSql, 95) },
    requestSql: { p50: p(requestSql, 50), p95: p(requestSql, 95) },
    seqScan: seqScanOnCustomers(plans),
    plans: plans.flatMap((plan, i) => [
      `  statement ${i + 1}: ${(statements[i]?.sql ?? "inside fiberbill_customer_search_ids, as its owner").slice(0, 110).replace(/\s+/g, " ")}...`,
      ...describePlan(plan, 2),
    ]),
  };
}

/**
 * The floor under every case: an app page with the same shell and session but
 * no data of its own (the "no access" page). And the filter options, which the
 * list fetches once after a full load (not part of the cases' times).
 */
async function measureFloor(s: Session, timings: ReturnType<typeof serverTimings>): Promise<string[]> {
  const path = "/forbidden?need=customers.view";
  const html: number[] = [];
  const rscTimes: number[] = [];
  const options: number[] = [];
  const bare: number[] = [];
  const page = async (p: string, into: number[], round: number, headers: Record<string, string> = {}, host = s.host, status = 200) => {
    const tag = timings.tag();
    const res = await getPage(PORT, host, p, host === s.host ? s.cookie : undefined, { ...headers, ...tag.headers });
    if (res.status !== status) throw new Error(`${p} answered ${res.status}`);
    const ms = await timings.serverMs(tag.id);
    if (round >= WARM_UP) into.push(ms);
  };
  for (let round = 0; round < WARM_UP + RUNS; round++) {
    await page(path, html, round);
    await page(rscPath(path), rscTimes, round, RSC_HEADERS);
    await page(FILTER_OPTIONS_URL, options, round, { accept: "application/json" });
    // Next.js's own floor: the root domain's 404 page renders the root layout and nothing else.
    await page("/no-such-page", bare, round, {}, `localhost:${PORT}`, 404);
  }
  const f = (xs: number[]) => `${round1(percentile(xs, 50))} / ${round1(percentile(xs, 95))}`;
  return [
    `Next.js floor: the root domain's 404 page (root layout only; no session, no database): server p50 / p95 html ${f(bare)} ms`,
    `Floor: an app page with the same shell and session and no data (${path}): server p50 / p95 html ${f(html)} ms, rsc ${f(rscTimes)} ms`,
    `Filter options (${FILTER_OPTIONS_URL}, JSON, fetched once after a full load): server p50 / p95 ${f(options)} ms`,
  ];
}

try {
  assertLocal(new URL(serverUrl));
  database = await createBenchDatabase(serverUrl);
  console.log(`Database ${database.name}`);
  const env = benchEnv(database.url, authSecret);
  const seedStarted = performance.now();
  await run("tsx", ["scripts/cli/seed.ts", "--customers", String(CUSTOMERS), "--tenant", "bench", "--name", "Bench Fiber"], env);
  await run("tsx", ["scripts/cli/seed.ts", "--customers", String(OTHER_CUSTOMERS), "--tenant", "other", "--name", "Other Fiber"], env);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const build = await ensureBuild(process.argv.includes("--build"), env);

  next = startNext(PORT, env, SERVER_TIMING_HOOK);
  const timings = serverTimings(next);
  const host = `bench.localhost:${PORT}`;
  await waitForServer(PORT, host, "/api/subdomains?slug=bench-ready-check", 90_000, () => next!.exitCode !== null);
  runtime = openRuntime(database.url);
  const rt = runtime;
  const tenant = await resolveTenantBySlug(rt.db, "bench");
  if (!tenant) throw new Error("the seed made no tenant bench");
  const { owner, barangay, deepCursor } = await withTenantOn(rt.db, tenant.id, async (tx) => ({
    owner: (await tx.select({ id: users.id, name: users.name, email: users.email, sv: users.sessionVersion }).from(users).where(eq(users.isTenantOwner, true)))[0],
    barangay: (await tx.select({ id: barangays.id }).from(barangays).where(eq(barangays.name, "Carmen")))[0],
    // The last customer of page 1,499: the cursor the Next button of that page carries.
    deepCursor: (await customerPage(tx, { sort: "created", dir: "desc", page: 1499, pageSize: 50 })).rows.at(-1)?.id,
  }));
  if (!owner || !barangay || !deepCursor) throw new Error("bench has no owner, no barangay Carmen or fewer than 75,000 customers");
  const token = { sub: owner.id, tenantId: tenant.id, tenantSlug: tenant.slug, sv: owner.sv, name: owner.name, email: owner.email };
  const cookie = `${SESSION_COOKIE}=${await encode({ token, secret: authSecret, salt: SESSION_COOKIE })}`;
  const session: Session = { tenant, claims: { userId: owner.id, tenantId: tenant.id, tenantSlug: tenant.slug, sessionVersion: owner.sv }, cookie, host };

  const cases: Case[] = [
    { name: "first page", path: "/customers" },
    // Reached with Next: the link carries the last customer of page 1,499 (keyset paging).
    { name: "deep sorted page", path: `/customers?sort=created&dir=desc&page=1500&after=${deepCursor}` },
    // "vill": Villanueva and Villamor, about 3 % of the customers.
    { name: "search part of a name", path: "/customers?q=vill" },
    { name: "filter by barangay", path: `/customers?barangay=${barangay.id}` },
    // The balance kept by triggers (customer_balances): who owes money, largest first, and by name.
    { name: "owes money, largest first", path: "/customers?balance=owing&sort=balance&dir=desc" },
    { name: "owes money, by name", path: "/customers?balance=owing" },
    // Not in the issue's list: a page number typed into the URL still skips rows with OFFSET.
    { name: "deep page by typed number", path: "/customers?sort=created&dir=desc&page=1500", extra: true },
  ];
  const results: Result[] = [];
  const loads = [load1()];
  for (const c of cases) {
    console.log(`Measuring ${c.name} (load ${load1()}) ...`);
    results.push(await measure(c, session, timings));
  }
  const floor = await measureFloor(session, timings);
  loads.push(load1());
  const [version] = rowsOf<{ v: string }>(await rt.db.execute(sql`select split_part(version(), ' on ', 1) as v`));
  await cleanUp();
  report(results, [
    `Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}, Node ${process.version}, ${version?.v ?? "PostgreSQL"}`,
    `1-minute load average: ${loads.join(" at the start, ")} at the end`,
    `Build: ${build}`,
    `Seed: ${CUSTOMERS.toLocaleString("en")} customers in "bench", ${OTHER_CUSTOMERS.toLocaleString("en")} in "other", 300 in "demo" (${seedSeconds.toFixed(1)} s including migrations)`,
    `Each case: ${RUNS} rounds after ${WARM_UP} unmeasured, one request or query of each kind per round; p50/p95 in ms.`,
    ...floor,
  ]);
} catch (error) {
  console.error("The benchmark failed:", error);
  await cleanUp();
  process.exit(1);
}
