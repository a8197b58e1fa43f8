/**
 * The e2e web server (playwright.config.ts `webServer.command`). It makes a
 * throw-away database, seeds the demo ISP into it and runs the production
 * build with `next start`, or with E2E_NEXT_MODE=dev the development server
 * (`next dev`, playwright.dev.config.ts), where React reports hydration
 * mismatches that a production build keeps quiet about. On SIGTERM/SIGINT it
 * stops Next and drops the database again.
 *
 *   TEST_DATABASE_URL set: a fresh database fiberbill_e2e_<timestamp> on that
 *     (local only) PostgreSQL server.
 *   otherwise: PGlite in a fresh temporary directory.
 *
 * The database it made is described in e2e/artifacts/e2e-db.json for specs
 * that want to look inside.
 *
 * The map's tiles come from a local stub (tile-stub.ts) that this script
 * starts: MAP_TILE_URL points Next at it, so the map has tiles without the
 * Internet (and the Content-Security-Policy allows its origin, as it would a
 * real provider's).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { E2E_AUTH_SECRET, E2E_PORT, ROOT_DOMAIN } from "./constants";
import { startTileStub } from "./tile-stub";

const root = path.resolve(import.meta.dirname, "../..");
const artifacts = path.join(root, "e2e/artifacts");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

type Target =
  | { kind: "postgres"; database: string; databaseUrl: string; drop: () => Promise<void> }
  | { kind: "pglite"; pgliteDataDir: string; drop: () => Promise<void> };

/** Like dub's assert-local-database: the e2e suite creates and drops databases, so only on this machine. */
function assertLocalDatabase(url: URL): void {
  if (!LOCAL_HOSTS.has(url.hostname)) {
    throw new Error(
      `TEST_DATABASE_URL points at "${url.hostname}". The e2e suite creates and drops databases, ` +
        "so it only runs against a PostgreSQL server on localhost, 127.0.0.1 or ::1.",
    );
  }
}

async function createPostgresDatabase(serverUrl: string): Promise<Target> {
  const url = new URL(serverUrl);
  assertLocalDatabase(url);
  const database = `fiberbill_e2e_${Date.now()}`;
  const server = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await dropStaleDatabases(server);
  await server.unsafe(`create database "${database}"`);
  await server.end();
  url.pathname = `/${database}`;
  return {
    kind: "postgres",
    database,
    databaseUrl: url.toString(),
    drop: async () => {
      const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await admin.unsafe(`drop database if exists "${database}" with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** Databases of earlier runs that were killed before they could clean up (SIGKILL, power loss). */
async function dropStaleDatabases(server: postgres.Sql): Promise<void> {
  const rows = await server<{ datname: string }[]>`select datname from pg_database where datname like 'fiberbill_e2e_%'`;
  for (const { datname } of rows) {
    const createdAt = Number(/^fiberbill_e2e_(\d+)$/.exec(datname)?.[1]);
    if (createdAt && Date.now() - createdAt > STALE_AFTER_MS) {
      await server.unsafe(`drop database if exists "${datname}" with (force)`);
      log(`dropped stale database ${datname}`);
    }
  }
}

function createPgliteDirectory(): Target {
  const pgliteDataDir = mkdtempSync(path.join(tmpdir(), "fiberbill-e2e-"));
  return { kind: "pglite", pgliteDataDir, drop: async () => rmSync(pgliteDataDir, { recursive: true, force: true }) };
}

/** The environment of the seed and of Next: only the database this script made, no shared rate-limit store. */
function appEnv(target: Target): NodeJS.ProcessEnv {
  // Every spec signs up its own tenants from 127.0.0.1: lift the per-IP sign-up limit for the test server.
  const env: NodeJS.ProcessEnv = { ...process.env, AUTH_SECRET: E2E_AUTH_SECRET, ROOT_DOMAIN, NEXT_TELEMETRY_DISABLED: "1", SIGNUPS_PER_IP_PER_HOUR: "1000", BACKGROUND_RUN_SUBSCRIPTIONS: "0" };
  for (const name of ["DATABASE_URL", "DATABASE_APP_URL", "DATABASE_JOBS_URL", "PGLITE_DATA_DIR", "UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN", "PORT"]) {
    delete env[name];
  }
  if (target.kind === "postgres") env.DATABASE_URL = target.databaseUrl;
  else env.PGLITE_DATA_DIR = target.pgliteDataDir;
  return env;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} exited with ${signal ?? code}`)),
    );
  });
}

function log(message: string): void {
  console.log(`[e2e-server] ${message}`);
}

let target: Target | undefined;
let next: ChildProcess | undefined;
let stopping: Promise<void> | undefined;

/**
 * Stops Next, then removes the database. Playwright signals the whole process
 * group, so Next may exit before this process sees its own SIGTERM: every
 * caller waits for the one clean-up rather than exiting midway through it.
 */
async function stop(exitCode: number): Promise<never> {
  stopping ??= (async () => {
    if (next && next.exitCode === null && next.signalCode === null) {
      const exited = new Promise((resolve) => next!.once("exit", resolve));
      next.kill("SIGTERM");
      const timer = setTimeout(() => next?.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    if (!target) return;
    try {
      await target.drop();
      log(target.kind === "postgres" ? `dropped database ${target.database}` : `removed ${target.pgliteDataDir}`);
    } catch (error) {
      console.error("[e2e-server] could not remove the e2e database", error);
    }
  })();
  await stopping;
  process.exit(exitCode);
}

process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));

try {
  const serverUrl = process.env.TEST_DATABASE_URL;
  target = serverUrl ? await createPostgresDatabase(serverUrl) : createPgliteDirectory();
  mkdirSync(artifacts, { recursive: true });
  const described =
    target.kind === "postgres"
      ? { kind: target.kind, database: target.database, databaseUrl: target.databaseUrl }
      : { kind: target.kind, pgliteDataDir: target.pgliteDataDir };
  const describedAs = process.env.E2E_NEXT_MODE === "dev" ? "e2e-db-dev.json" : "e2e-db.json";
  writeFileSync(path.join(artifacts, describedAs), `${JSON.stringify(described, null, 2)}\n`);
  log(`database: ${target.kind === "postgres" ? target.database : target.pgliteDataDir}`);

  const env = appEnv(target);
  await run(bin("tsx"), ["scripts/cli/seed.ts"], env);
  const tiles = await startTileStub();
  env.MAP_TILE_URL = tiles.url;
  env.MAP_TILE_ATTRIBUTION = "Test tiles (e2e stub)";
  log(`map tiles: ${tiles.url}`);

  const dev = process.env.E2E_NEXT_MODE === "dev";
  const nextEnv = { ...env, NODE_ENV: dev ? "development" : "production" } as NodeJS.ProcessEnv;
  next = spawn(bin("next"), [dev ? "dev" : "start", "-p", String(E2E_PORT)], { cwd: root, env: nextEnv, stdio: "inherit" });
  next.on("exit", (code, signal) => {
    // Playwright signals the whole group, so Next usually ends first; anything else is a crash.
    // (Next exits with 128 + signal number when it handles SIGTERM or SIGINT itself.)
    const clean = code === 0 || code === 143 || code === 130 || signal === "SIGTERM" || signal === "SIGINT";
    if (!clean) console.error(`[e2e-server] next exited with ${signal ?? code}`);
    void stop(clean ? 0 : 1);
  });
} catch (error) {
  console.error("[e2e-server] could not start", error);
  await stop(1);
}
