import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { connect, type Connection } from "@/db/connect";

/**
 * The databases integration tests run against: always PGlite (in memory), and
 * the PostgreSQL server named by TEST_DATABASE_URL when it is set. Each test
 * file gets a fresh, migrated database that is dropped afterwards.
 */
export type Backend = { name: "pglite" | "postgres"; open: () => Promise<TestDatabase> };
export type TestDatabase = Connection & { drop: () => Promise<void> };

export const backends: Backend[] = [
  { name: "pglite", open: openPglite },
  ...(process.env.TEST_DATABASE_URL ? [{ name: "postgres" as const, open: openPostgres }] : []),
];

async function openPglite(): Promise<TestDatabase> {
  const conn = await connect({ pgliteDataDir: "memory://" });
  await conn.migrate();
  return { ...conn, drop: () => conn.close() };
}

async function openPostgres(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL!;
  const name = `fiberbill_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const server = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await server.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const conn = await connect({ databaseUrl: url.toString() });
  await conn.migrate();
  return {
    ...conn,
    // `conn.app` is a lazy getter: keep it one.
    get app() {
      return conn.app;
    },
    drop: async () => {
      await conn.close();
      await server.unsafe(`drop database if exists "${name}" with (force)`);
      await server.end();
    },
  };
}
