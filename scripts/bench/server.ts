import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import postgres from "postgres";

export const root = path.resolve(import.meta.dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;
const quiet = { onnotice: () => {} };

/** The benchmark creates and drops a database: only on this machine. */
export function assertLocal(url: URL): void {
  if (!LOCAL_HOSTS.has(url.hostname)) throw new Error(`${url.hostname} is not local: the benchmark only creates and drops databases on localhost`);
}

/** A fresh database fiberbill_bench_<ts> on the server; drop() removes it again. */
export async function createBenchDatabase(serverUrl: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const server = postgres(serverUrl, { max: 1, ...quiet });
  const name = `fiberbill_bench_${Date.now()}`;
  try {
    // Databases of runs that were killed before they could clean up.
    for (const { datname } of await server<{ datname: string }[]>`select datname from pg_database where datname like 'fiberbill_bench_%'`) {
      const made = Number(/^fiberbill_bench_(\d+)$/.exec(datname)?.[1]);
      if (made && Date.now() - made > STALE_AFTER_MS) await server.unsafe(`drop database if exists "${datname}" with (force)`);
    }
    await server.unsafe(`create database "${name}"`);
  } finally {
    await server.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const admin = postgres(serverUrl, { max: 1, ...quiet });
      try {
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** Only the bench database and secret: no PGlite directory, no shared rate-limit store. */
export function benchEnv(databaseUrl: string, authSecret: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, ROOT_DOMAIN: "localhost", NEXT_TELEMETRY_DISABLED: "1" };
  for (const name of ["DATABASE_APP_URL", "DATABASE_JOBS_URL", "PGLITE_DATA_DIR", "UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN", "PORT"]) delete env[name];
  return env;
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin(command), args, { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`))));
  });
}

/**
 * The production build `next start` serves. A human running the benchmark
 * without one gets a build first; with --build it is rebuilt. (Building
 * rewrites .next, so the script never does it behind a developer's back.)
 */
export async function ensureBuild(rebuild: boolean, env: NodeJS.ProcessEnv): Promise<string> {
  const buildId = path.join(root, ".next/BUILD_ID");
  if (rebuild || !existsSync(buildId)) {
    console.log(rebuild ? "Rebuilding (--build) ..." : "No production build in .next: running next build once ...");
    await run("next", ["build"], { ...env, NODE_ENV: "production" });
  }
  return `.next/BUILD_ID from ${statSync(buildId).mtime.toISOString()}`;
}

/**
 * `next start` on the port. With `preload` (a module path) the server loads it
 * first (node --import) and gets an IPC channel to report back on.
 */
export function startNext(port: number, env: NodeJS.ProcessEnv, preload?: string): ChildProcess {
  const nodeOptions = [env.NODE_OPTIONS, preload ? `--import=${pathToFileURL(preload).href}` : ""].filter(Boolean).join(" ");
  // Next's own request log is noise here; its errors still reach stderr.
  return spawn(bin("next"), ["start", "-p", String(port)], {
    cwd: root,
    env: { ...env, NODE_ENV: "production", ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) },
    stdio: preload ? ["ignore", "ignore", "inherit", "ipc"] : ["ignore", "ignore", "inherit"],
  });
}

export async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
