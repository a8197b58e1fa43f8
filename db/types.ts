import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type * as schema from "./schema";

export type Schema = typeof schema;
/** Either driver's database (PGlite or postgres.js): both are Postgres dialect. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** The transaction handed to tenant-scoped code by withTenant(). */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/**
 * Runs fn in a transaction as the job role (fiberbill_jobs), the only role that
 * may list tenants for the scheduler or look up an email's workspaces.
 */
export type JobsHandle = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;
