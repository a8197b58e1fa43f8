import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { mkdirSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import * as schema from "./schema";
import { APP_ROLE, JOBS_ROLE, jobsDatabaseUrl, runtimeDatabaseUrl } from "./database-url";
import { END_TIMEOUT_SECONDS, POOL_OPTIONS } from "./pool-options";
import type { Database, JobsHandle } from "./types";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export type Connection = {
  /** Runtime handle: the non-owner role, every query under row-level security. */
  app: Database;
  /** The job role (fiberbill_jobs): the scheduler's and the workspace mail's cross-tenant look-ups, in a transaction. */
  jobs: JobsHandle;
  /** Runs fn as the owner: migrations, seeding and test set-up only, never request code. */
  asOwner: <T>(fn: (db: Database) => Promise<T>) => Promise<T>;
  migrate: () => Promise<void>;
  close: () => Promise<void>;
  kind: "pglite" | "postgres";
};

export type ConnectOptions = { databaseUrl?: string; appDatabaseUrl?: string; jobsDatabaseUrl?: string; pgliteDataDir?: string };

/** Opens the database named by the options: PostgreSQL when a URL is given, PGlite otherwise. */
export async function connect(opts: ConnectOptions): Promise<Connection> {
  return opts.databaseUrl
    ? connectPostgres(opts.databaseUrl, opts.appDatabaseUrl, opts.jobsDatabaseUrl)
    : connectPglite(opts.pgliteDataDir ?? "memory://");
}

async function connectPostgres(ownerUrl: string, appUrl?: string, jobsUrl?: string): Promise<Connection> {
  const pool = POOL_OPTIONS;
  const ownerClient = postgres(ownerUrl, { max: 2, ...pool });
  const admin = drizzlePostgres(ownerClient, { schema }) as unknown as Database;
  // The runtime pool is opened lazily: before the first migration its role does not exist yet.
  let appClient: postgres.Sql | undefined;
  const appDb = () => {
    appClient ??= postgres(runtimeDatabaseUrl(ownerUrl, appUrl), { max: 10, ...pool });
    return drizzlePostgres(appClient, { schema }) as unknown as Database;
  };
  let app: Database | undefined;
  // The job role's own small pool, also lazy: the scheduler and the workspace mail use it rarely.
  let jobsClient: postgres.Sql | undefined;
  let jobsDb: Database | undefined;
  const jobs: JobsHandle = (fn) => {
    jobsClient ??= postgres(jobsDatabaseUrl(ownerUrl, jobsUrl), { max: 2, ...pool });
    jobsDb ??= drizzlePostgres(jobsClient, { schema }) as unknown as Database;
    return jobsDb.transaction(fn);
  };
  return {
    kind: "postgres",
    asOwner: (fn) => fn(admin),
    get app() {
      app ??= appDb();
      return app;
    },
    jobs,
    migrate: () => migratePostgres(admin as never, { migrationsFolder }),
    close: async () => {
      const end = { timeout: END_TIMEOUT_SECONDS };
      await Promise.all([ownerClient.end(end), appClient?.end(end), jobsClient?.end(end)]);
    },
  };
}

/**
 * PGlite is one connection. The owner runs migrations on it, then the
 * connection switches to the runtime role for good, so the embedded database
 * shows the same wall as production. Seeding and migrating after the switch
 * goes through `asOwner`, which switches back for one call (start-up and
 * tests only: PGlite has one connection, so nothing else runs meanwhile).
 *
 * The job role gets no connection of its own: each job runs in a transaction
 * that starts with SET LOCAL ROLE fiberbill_jobs (allowed because the session
 * user is PGlite's superuser) and falls back to the runtime role at COMMIT or
 * ROLLBACK. PGlite runs one transaction at a time and makes every other
 * statement (a request's query, another transaction) wait for it to end, so no
 * request can run while the job role is set.
 */
async function connectPglite(dataDir: string): Promise<Connection> {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  // The extensions the migrations create (trigram search).
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm, btree_gin } });
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  const asOwner = async <T>(fn: (owner: Database) => Promise<T>): Promise<T> => {
    await client.exec("RESET ROLE");
    try {
      return await fn(db);
    } finally {
      await switchToApp();
    }
  };
  const switchToApp = async () => {
    const { rows } = await client.query<{ exists: boolean }>(
      "select exists (select 1 from pg_roles where rolname = $1) as exists",
      [APP_ROLE],
    );
    if (rows[0]?.exists) await client.exec(`SET ROLE ${APP_ROLE}`);
  };
  await switchToApp();
  const jobs: JobsHandle = (fn) =>
    db.transaction(async (tx) => {
      // A fixed role name: no value is spliced in.
      await tx.execute(sql.raw(`SET LOCAL ROLE ${JOBS_ROLE}`));
      return fn(tx);
    });
  return {
    kind: "pglite",
    app: db,
    jobs,
    asOwner,
    migrate: () => asOwner((owner) => migratePglite(owner as never, { migrationsFolder })),
    close: () => client.close(),
  };
}
