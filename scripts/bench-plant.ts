/**
 * npm run bench:plant [-- --build]
 *
 * The plant pages at the size of a large ISP (issue 13, "Speed"): tenant
 * "bench" seeded with 100,000 subscribers and its proportional plant (about
 * 6,000 NAPs) on the local PostgreSQL named by BENCH_DATABASE_URL or
 * TEST_DATABASE_URL, in a throw-away database. It runs the last production
 * build with `next start` (building it first if there is none, or with
 * --build), signs in as bench's owner with a minted session cookie and, for
 * each case, times RUNS rounds (after WARM_UP unmeasured), interleaved: the
 * page's HTML as the server measures it (server-timing.mjs), the bare SQL the
 * page runs (the same query functions it calls, the list's filter choices
 * included, on a runtime-role connection inside withTenant), and Next.js's floor page (the root domain's 404: the root
 * layout, no session, no database). A case passes with a server p95 under
 * 100 ms and within 2x of (floor + SQL). The last line is one JSON object.
 */
import { sql } from "drizzle-orm";
import { napDetail, napPortRows, plantOptions } from "@/db/queries/plant-details";
import { listNaps } from "@/db/queries/plant-lists";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { napListSchema } from "@/lib/validations/plant-list";
import { runBenchTenant } from "./bench/bench-tenant";
import { percentile, round1, table, timeInterleaved } from "./bench/stats";

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS) || 100_000;
const PORT = Number(process.env.BENCH_PORT) || 3300;
const RUNS = Number(process.env.BENCH_RUNS) || 200;
const WARM_UP = 5;
const LIMIT_MS = 100;

type Case = { name: string; path: string; marker: string; sql: (tx: Parameters<Parameters<typeof withTenantOn>[2]>[0]) => Promise<unknown> };
type Result = { name: string; path: string; p50: number; p95: number; sqlP50: number; sqlP95: number; floorP95: number; pass: boolean };

await runBenchTenant({ subscribers: SUBSCRIBERS, port: PORT }, async (bench) => {
  const { rt, tenant } = bench;
  // The busiest barangay (most NAPs) and a NAP in it with lines on it: the pages a technician opens most.
  const { barangay, nap } = await withTenantOn(rt.db, tenant.id, async (tx) => ({
    barangay: rowsOf<{ id: string; name: string }>(await tx.execute(sql`select b.id, b.name from naps n join barangays b on b.tenant_id = n.tenant_id and b.id = n.barangay_id group by b.id, b.name order by count(*) desc limit 1`))[0],
    nap: rowsOf<{ id: string; code: string }>(await tx.execute(sql`select n.id, n.code from naps n where exists (select 1 from nap_ports p where p.tenant_id = n.tenant_id and p.nap_id = n.id and p.state = 'in_use') order by n.code limit 1 offset 100`))[0],
  }));
  if (!barangay || !nap) throw new Error("bench has no NAP in a barangay or no NAP with a line: did the seed build its plant?");

  const listState = (query: string) => napListSchema.parse(Object.fromEntries(new URLSearchParams(query)));
  const bySort = `barangay=${barangay.id}&sort=free&dir=desc`;
  const withFree = `barangay=${barangay.id}&utilisation=has_free&sort=free&dir=desc`;
  const firstOf = async (query: string) => (await withTenantOn(rt.db, tenant.id, (tx) => listNaps(tx, listState(query)))).rows[0]?.code ?? "";
  const cases: Case[] = [
    { name: "NAP list by barangay, most free ports first", path: `/network/plant/naps?${bySort}`, marker: await firstOf(bySort), sql: async (tx) => [await listNaps(tx, listState(bySort)), await plantOptions(tx)] },
    { name: "NAP page with its ports", path: `/network/plant/naps/${nap.id}`, marker: nap.code, sql: async (tx) => [await napDetail(tx, nap.id), await napPortRows(tx, nap.id)] },
    { name: "NAPs with free ports in this barangay", path: `/network/plant/naps?${withFree}`, marker: await firstOf(withFree), sql: async (tx) => [await listNaps(tx, listState(withFree)), await plantOptions(tx)] },
  ];

  const results: Result[] = [];
  const loads = [bench.load1()];
  for (const c of cases) {
    console.log(`Measuring ${c.name} (load ${bench.load1()}) ...`);
    const first = await bench.get(c.path);
    if (first.status !== 200 || !first.body.includes(c.marker)) throw new Error(`${c.path} answered ${first.status} without ${c.marker}`);
    const server: number[] = [];
    const floor: number[] = [];
    // Interleaved, one of each per round: a burst of load elsewhere lands on all three alike.
    const [, sqlTimes] = await timeInterleaved(
      [async () => server.push((await bench.serverMs(c.path)).ms), () => withTenantOn(rt.db, tenant.id, c.sql), async () => floor.push(await bench.floorMs())],
      RUNS,
      WARM_UP,
    );
    server.splice(0, WARM_UP);
    floor.splice(0, WARM_UP);
    const p95 = percentile(server, 95);
    const sqlP95 = percentile(sqlTimes, 95);
    const floorP95 = percentile(floor, 95);
    results.push({ name: c.name, path: c.path, p50: percentile(server, 50), p95, sqlP50: percentile(sqlTimes, 50), sqlP95, floorP95, pass: p95 < LIMIT_MS && p95 <= 2 * (floorP95 + sqlP95) });
  }
  loads.push(bench.load1());
  return [
    ...(await bench.describe(loads)),
    `Each case: ${RUNS} rounds after ${WARM_UP} unmeasured; server times from inside next start; ms.`,
    "",
    table(
      ["case", "server p50", "server p95", "sql p50", "sql p95", "floor p95", "limit", "pass"],
      results.map((r) => [r.name, String(round1(r.p50)), String(round1(r.p95)), String(round1(r.sqlP50)), String(round1(r.sqlP95)), String(round1(r.floorP95)), `<${LIMIT_MS}, <=${round1(2 * (r.floorP95 + r.sqlP95))}`, r.pass ? "yes" : "NO"]),
    ),
    "",
    JSON.stringify({
      bench: "plant",
      subscribers: bench.counts.subscribers,
      naps: bench.counts.naps,
      cases: results.map((r) => ({ name: r.name, p95_ms: round1(r.p95), sql_p95_ms: round1(r.sqlP95), floor_p95_ms: round1(r.floorP95) })),
    }),
  ];
});
