import "server-only";
import { env } from "@/lib/env";
import { connect, type Connection } from "./connect";
import { assertDatabaseRolesAreWalled } from "./runtime-role-check";

// One connection per server process, kept on globalThis so that dev reloads
// and Next's separate module graphs share it (PGlite must not open its
// directory twice).
const key = Symbol.for("fiberbill.db");
type GlobalWithDb = typeof globalThis & { [key]?: Promise<Connection> };

async function open(): Promise<Connection> {
  const conn = await connect({
    databaseUrl: env.DATABASE_URL,
    appDatabaseUrl: env.DATABASE_APP_URL,
    jobsDatabaseUrl: env.DATABASE_JOBS_URL,
    pgliteDataDir: env.PGLITE_DATA_DIR,
  });
  // The embedded database is migrated on open, so `next start` works on it too.
  if (conn.kind === "pglite") await conn.migrate();
  await assertDatabaseRolesAreWalled(conn);
  return conn;
}

export function getConnection(): Promise<Connection> {
  const g = globalThis as GlobalWithDb;
  g[key] ??= open().catch((error: unknown) => {
    delete g[key];
    throw error;
  });
  return g[key];
}
