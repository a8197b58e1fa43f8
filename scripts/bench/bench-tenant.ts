import { randomBytes } from "node:crypto";
import os from "node:os";
import type { ChildProcess } from "node:child_process";
import { eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { rowsOf } from "@/db/rows";
import { users } from "@/db/schema";
import { resolveTenantBySlug, type TenantRef } from "@/db/system";
import { withTenantOn } from "@/db/with-tenant";
import { getPage, waitForServer, type PageResponse } from "./http";
import { assertLocal, benchEnv, createBenchDatabase, ensureBuild, run, startNext, stopProcess } from "./server";
import { SERVER_TIMING_HOOK, serverTimings } from "./server-timings";
import { openRuntime } from "./sql";

const SESSION_COOKIE = "authjs.session-token";

export type BenchOwner = { id: string; name: string; email: string };

/** What a benchmark of the plant or the map gets: tenant "bench" seeded, `next start` on it, its owner signed in. */
export type BenchTenant = {
  port: number;
  /** bench.localhost:<port>, the Host header of the tenant's subdomain. */
  host: string;
  rt: ReturnType<typeof openRuntime>;
  tenant: TenantRef;
  owner: BenchOwner;
  counts: { naps: number; subscribers: number; ports: number };
  seedSeconds: number;
  build: string;
  /** GET on the tenant with the owner's session cookie. */
  get: (path: string, headers?: Record<string, string>) => Promise<PageResponse>;
  /** The same, timed inside the server (server-timing.mjs); throws on another status than `status`. */
  serverMs: (path: string, status?: number) => Promise<{ ms: number; res: PageResponse }>;
  /** Next.js's floor: the root domain's 404 page (root layout, no session, no database), timed inside the server. */
  floorMs: () => Promise<number>;
  /** The 1-minute load average, one decimal. */
  load1: () => string;
  /** The report's opening lines (machine, load at the start and end, build, seed); call before the database is dropped. */
  describe: (loads: string[]) => Promise<string[]>;
};

/**
 * Sets up tenant "bench" with `subscribers` customers and its proportional
 * plant (scripts/seed: about one NAP per 16 customers, the customers near
 * their boxes) in a throw-away database on the local PostgreSQL named by
 * BENCH_DATABASE_URL or TEST_DATABASE_URL, serves the last production build
 * with `next start` (building it first if there is none, or with --build) and
 * the server-timing hook, and mints the owner a session cookie. Runs `body`,
 * drops everything (also on error or Ctrl-C), then prints what `body`
 * returned: the report, its last line the JSON summary.
 */
export async function runBenchTenant(opts: { subscribers: number; port: number }, body: (bench: BenchTenant) => Promise<string[]>): Promise<void> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const authSecret = randomBytes(32).toString("base64url");
  let database: Awaited<ReturnType<typeof createBenchDatabase>> | undefined;
  let next: ChildProcess | undefined;
  let runtime: ReturnType<typeof openRuntime> | undefined;
  const cleanUp = async () => {
    await stopProcess(next);
    await runtime?.close().catch(() => {});
    await database?.drop().catch((e: unknown) => console.error(`could not drop ${database?.name}:`, e));
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanUp().finally(() => process.exit(130)));

  try {
    assertLocal(new URL(serverUrl));
    database = await createBenchDatabase(serverUrl);
    console.log(`Database ${database.name}`);
    const env = benchEnv(database.url, authSecret);
    const seedStarted = performance.now();
    await run("tsx", ["scripts/cli/seed.ts", "--customers", String(opts.subscribers), "--tenant", "bench", "--name", "Bench Fiber"], env);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const build = await ensureBuild(process.argv.includes("--build"), env);
    next = startNext(opts.port, env, SERVER_TIMING_HOOK);
    const server = next;
    const timings = serverTimings(server);
    const host = `bench.localhost:${opts.port}`;
    await waitForServer(opts.port, host, "/api/subdomains?slug=bench-ready-check", 90_000, () => server.exitCode !== null);
    runtime = openRuntime(database.url);
    const rt = runtime;
    const tenant = await resolveTenantBySlug(rt.db, "bench");
    if (!tenant) throw new Error("the seed made no tenant bench");
    const { owner, counts } = await withTenantOn(rt.db, tenant.id, async (tx) => ({
      owner: (await tx.select({ id: users.id, name: users.name, email: users.email, sv: users.sessionVersion }).from(users).where(eq(users.isTenantOwner, true)))[0],
      counts: rowsOf<BenchTenant["counts"]>(await tx.execute(sql`select (select count(*)::int from naps) as naps, (select count(*)::int from customers) as subscribers, (select count(*)::int from nap_ports) as ports`))[0]!,
    }));
    if (!owner) throw new Error("bench has no owner");
    const token = { sub: owner.id, tenantId: tenant.id, tenantSlug: tenant.slug, sv: owner.sv, name: owner.name, email: owner.email };
    const cookie = `${SESSION_COOKIE}=${await encode({ token, secret: authSecret, salt: SESSION_COOKIE })}`;

    const timedGet = async (onHost: string, path: string, status: number, withCookie: boolean) => {
      const tag = timings.tag();
      const res = await getPage(opts.port, onHost, path, withCookie ? cookie : undefined, tag.headers);
      if (res.status !== status) throw new Error(`${path} answered ${res.status}: ${res.body.slice(0, 200)}`);
      return { ms: await timings.serverMs(tag.id), res };
    };
    const load1 = () => os.loadavg()[0]!.toFixed(1);
    const bench: BenchTenant = {
      port: opts.port,
      host,
      rt,
      tenant,
      owner: { id: owner.id, name: owner.name, email: owner.email },
      counts,
      seedSeconds,
      build,
      get: (path, headers = {}) => getPage(opts.port, host, path, cookie, headers),
      serverMs: (path, status = 200) => timedGet(host, path, status, true),
      floorMs: async () => (await timedGet(`localhost:${opts.port}`, "/no-such-page", 404, false)).ms,
      load1,
      describe: async (loads) => {
        const [version] = rowsOf<{ v: string }>(await rt.db.execute(sql`select split_part(version(), ' on ', 1) as v`));
        return [
          "",
          `Machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}, Node ${process.version}, ${version?.v ?? "PostgreSQL"}`,
          `1-minute load average: ${loads.join(" at the start, ")} at the end`,
          `Build: ${build}`,
          `Seed: ${counts.subscribers.toLocaleString("en")} subscribers, ${counts.naps.toLocaleString("en")} NAPs, ${counts.ports.toLocaleString("en")} ports in "bench" (${seedSeconds.toFixed(1)} s including migrations)`,
        ];
      },
    };
    const report = await body(bench);
    await cleanUp();
    console.log(report.join("\n"));
  } catch (error) {
    console.error("The benchmark failed:", error);
    await cleanUp();
    process.exit(1);
  }
}
