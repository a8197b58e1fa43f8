import type { SQL } from "drizzle-orm";
import { expect } from "vitest";
import { rowsOf } from "@/db/rows";
import type { Database, Tx } from "@/db/types";

/** Raw SQL helpers for tests: both drivers' result shapes, and Postgres errors unwrapped from drizzle. */
export type Handle = Database | Tx;

export async function rows<T>(db: Handle, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

export async function one<T>(db: Handle, query: SQL): Promise<T> {
  const [row] = await rows<T>(db, query);
  if (!row) throw new Error("query returned no row");
  return row;
}

/** Postgres code and message of a driver error; drizzle wraps it as `cause` of a "Failed query" error. */
export function pgFailure(error: unknown): { code?: string; message: string } {
  let e: unknown = error;
  for (let i = 0; i < 4 && e && typeof e === "object"; i++) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return { code, message: String(message) };
    e = cause;
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/** Awaits a promise that must fail with the given SQLSTATE (and message, when a pattern is given). */
export async function expectPgError(work: Promise<unknown>, code: string, message?: RegExp, label = ""): Promise<void> {
  const outcome = await work.then(
    () => ({ code: "no error", message: "the statement succeeded" }),
    (error: unknown) => pgFailure(error),
  );
  expect(outcome.code, `${label} ${outcome.message}`.trim()).toBe(code);
  if (message) expect(outcome.message, label).toMatch(message);
}

/** Rejected as missing GRANT or by the audit trigger (both raise insufficient_privilege). */
export const PERMISSION_DENIED = /permission denied|cannot be changed/;
/** Rejected by a row-level security WITH CHECK. */
export const RLS_VIOLATION = /row-level security/;
