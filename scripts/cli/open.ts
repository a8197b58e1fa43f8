import { connect } from "@/db/connect";
import { env } from "@/lib/env";

/** The database the CLI commands work on: DATABASE_URL, or the embedded PGlite in PGLITE_DATA_DIR. */
export function openFromEnv() {
  return connect({ databaseUrl: env.DATABASE_URL, appDatabaseUrl: env.DATABASE_APP_URL, jobsDatabaseUrl: env.DATABASE_JOBS_URL, pgliteDataDir: env.PGLITE_DATA_DIR });
}

export function describeTarget(): string {
  return env.DATABASE_URL ? `PostgreSQL (${new URL(env.DATABASE_URL).host})` : `embedded PGlite (${env.PGLITE_DATA_DIR})`;
}
