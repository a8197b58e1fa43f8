import { inProcessQueueIdle } from "@/lib/background/in-process-queue";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rowsOf } from "@/db/rows";
import type { Database } from "@/db/types";
import { GENERIC_ERROR, OUTCOME_UNKNOWN, OUTCOME_UNKNOWN_RETRY_SAFE, type ActionResult } from "@/lib/actions/result";
import type { RequestContext } from "@/lib/actions/run-tenant-action";
import { backends, type TestDatabase } from "../support/databases";
import { requestAs } from "../support/actions";
import { addBillingFixtures, addOperationsFixtures, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

/**
 * Every tenant and owner server action, found by reading app/ (a new action
 * joins by itself), is sent random and hostile values for the fields its
 * schema names: wrong types, huge strings, unicode, negative and overflowing
 * money, impossible dates, ids of other tenants and of nothing. Through the
 * whole action chain, as the owner (who may do everything), it must answer
 * with a message (never an unexpected error, never a throw), and an answer
 * that is not a success must leave the database exactly as it was. A success
 * (a hostile value can be a fine name) must leave its audit row.
 */

type FuzzableAction = {
  runWith: (request: RequestContext, formData: FormData) => Promise<ActionResult<unknown>>;
  schema: z.ZodType;
};

/** Answers that mean the chain met an error it did not expect (logged, generic message). */
const UNEXPECTED = new Set([
  GENERIC_ERROR,
  OUTCOME_UNKNOWN,
  OUTCOME_UNKNOWN_RETRY_SAFE,
  "Something went wrong on our side, and part of the work may have been saved. Please check what was done before trying again.",
]);

const ROUNDS = Number(process.env.FUZZ_ROUNDS) || 15;
const SEED = Number(process.env.FUZZ_SEED) || 20261206;

const HOSTILE_TEXT = [
  "",
  " ",
  "\t\n\r",
  "0",
  "-1",
  "-0.01",
  "0.001",
  "1e309",
  "-1e309",
  "NaN",
  "Infinity",
  "99999999999999999999999",
  "-99999999999999999999.99",
  "92233720368547758.08",
  "2147483648",
  "1,2,3",
  "0x1F",
  "₱1,299.00",
  "١٢٣",
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "9999-99-99",
  "2026-12-06T25:61:00Z",
  "-infinity",
  "epoch",
  "12/31/2026",
  "x".repeat(100_000),
  "9".repeat(5_000),
  "💥🇵🇭",
  "\u202Eevil",
  "Ñoño Ibañez",
  "\uFFFF\uFFFE",
  "\uD800",
  "a\u0000b",
  "'; drop table customers; --",
  "<script>alert(1)</script>",
  "{{7*7}}",
  "../../etc/passwd",
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "true",
  "false",
  "on",
  "null",
  "undefined",
  "[]",
  "{}",
  '{"$gt": ""}',
];

/** A small seeded generator: a failure names its seed and reproduces with FUZZ_SEED. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The field names a schema reads, from its JSON Schema (input side), through objects, unions and intersections. */
function fieldNamesOf(schema: z.ZodType): string[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  const names = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const n = node as Record<string, unknown>;
    if (n.properties && typeof n.properties === "object") for (const key of Object.keys(n.properties)) names.add(key);
    for (const k of ["allOf", "anyOf", "oneOf"]) if (Array.isArray(n[k])) for (const sub of n[k] as unknown[]) walk(sub);
  };
  walk(json);
  return [...names];
}

function isFuzzable(value: unknown): value is FuzzableAction {
  const candidate = value as Partial<FuzzableAction> | null;
  return typeof value === "function" && typeof candidate?.runWith === "function" && candidate.schema instanceof z.ZodType;
}

/** The server-action modules under app/ whose exports run the tenant or owner chain. */
async function discoverActions(): Promise<{ name: string; action: FuzzableAction }[]> {
  const root = path.resolve("app");
  const files = (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => /actions\.ts$/.test(f))
    .map((f) => path.join(root, f))
    .filter((f) => readFileSync(f, "utf8").startsWith('"use server"'))
    .sort();
  const found: { name: string; action: FuzzableAction }[] = [];
  for (const file of files) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(mod)) {
      if (isFuzzable(value)) found.push({ name: `${path.relative(root, file)}#${exportName}`, action: value });
    }
  }
  return found;
}

/** One digest of every row of every table in the public schema: any write shows. */
async function databaseDigest(owner: Database): Promise<string> {
  const tables = rowsOf<{ name: string }>(
    await owner.execute(sql`select quote_ident(tablename) as name from pg_tables where schemaname = 'public' order by tablename`),
  ).map((t) => t.name);
  const parts = tables.map((t) => `coalesce((select md5(string_agg(r::text, '|' order by r::text)) from ${t} r), '-')`).join(" || ");
  return rowsOf<{ digest: string }>(await owner.execute(sql.raw(`select md5(${parts}) as digest`)))[0]!.digest;
}

describe.each(backends)("every server action under hostile input on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let actions: { name: string; action: FuzzableAction }[];
  const ids: string[] = [];

  const digest = () => db.asOwner((owner) => databaseDigest(owner));
  const auditRows = () => db.asOwner(async (owner) => rowsOf<{ n: number }>(await owner.execute(sql`select count(*)::int as n from audit_log`))[0]!.n);

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "fuzz-alpha");
    b = await signUp(db.app, "fuzz-bravo");
    for (const t of [a, b]) {
      const { customerId } = await addSubscriberFixtures(db.app, t);
      await addBillingFixtures(db.app, t, customerId);
    }
    await addOperationsFixtures(db.app, a);
    // Real ids of both tenants: the handlers get past "not found" with the other fields hostile,
    // and the other tenant's ids must stay out of reach.
    await db.asOwner(async (owner) => {
      const tables = rowsOf<{ name: string }>(
        await owner.execute(
          sql`select quote_ident(c.table_name) as name from information_schema.columns c join information_schema.columns t on t.table_name = c.table_name and t.table_schema = c.table_schema and t.column_name = 'tenant_id'
              where c.table_schema = 'public' and c.column_name = 'id' and c.data_type = 'uuid' order by 1`,
        ),
      ).map((t) => t.name);
      for (const table of tables) {
        const rows = rowsOf<{ id: string }>(await owner.execute(sql.raw(`select id::text as id from ${table} order by id limit 4`)));
        ids.push(...rows.map((r) => r.id));
      }
    });
    actions = await discoverActions();
  }, 240_000);
  afterAll(async () => db?.drop());

  it("finds the app's actions", () => {
    // A floor, not a list: new actions join by themselves.
    expect(actions.length).toBeGreaterThanOrEqual(30);
  });

  it("answers every hostile form with a message and writes nothing unless it succeeded (with its audit row)", async () => {
    const random = prng(SEED);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const valueFor = () => (random() < 0.25 ? pick(ids) : random() < 0.1 ? randomUUID() : pick(HOSTILE_TEXT));
    const errors = vi.spyOn(console, "error");
    const failures: string[] = [];
    let calls = 0;
    let succeeded = 0;
    for (const { name, action } of actions) {
      const fields = fieldNamesOf(action.schema);
      for (let round = 0; round < ROUNDS; round++) {
        const fd = new FormData();
        // Round 0: nothing at all; round 1: only fields no schema knows; then hostile values, some fields left out or repeated.
        if (round === 1) {
          fd.append("__proto__", "x");
          fd.append("constructor[]", "y");
        }
        if (round >= 2) {
          fd.append("idempotencyKey", random() < 0.8 ? randomUUID() : pick(HOSTILE_TEXT));
          for (const field of fields) {
            const r = random();
            if (r < 0.1) continue;
            if (r < 0.2) for (let i = 0; i < 3; i++) fd.append(`${field}[]`, valueFor());
            else fd.append(field, valueFor());
          }
        }
        const before = await digest();
        const auditBefore = await auditRows();
        errors.mockClear();
        let result: ActionResult<unknown> | undefined;
        try {
          result = await action.runWith(await requestAs(db.app, a, a.ownerId), fd);
        } catch (error) {
          failures.push(`${name} round ${round}: threw ${String(error)}`);
          continue;
        }
        calls++;
        // Work an accepted form queued for the background (a batch PDF) ends before the database is compared.
        await inProcessQueueIdle();
        const after = await digest();
        if (!result || typeof result.ok !== "boolean") failures.push(`${name} round ${round}: answered ${JSON.stringify(result)?.slice(0, 200)}`);
        else if (!result.ok && UNEXPECTED.has(result.error)) failures.push(`${name} round ${round}: unexpected error (${String(errors.mock.calls[0]?.[1] ?? errors.mock.calls[0]?.[0]).slice(0, 300)})`);
        else if (!result.ok && after !== before) failures.push(`${name} round ${round}: refused ("${result.error}") but the database changed`);
        else if (result.ok && after !== before && (await auditRows()) <= auditBefore) failures.push(`${name} round ${round}: saved without an audit row`);
        if (result?.ok) succeeded++;
        if (errors.mock.calls.length > 0 && !failures.at(-1)?.startsWith(name)) failures.push(`${name} round ${round}: logged an error: ${String(errors.mock.calls[0]?.[0]).slice(0, 300)}`);
      }
    }
    errors.mockRestore();
    console.info(`[fuzz] seed ${SEED}: ${actions.length} actions, ${calls} hostile forms, ${succeeded} accepted`);
    expect(failures, `seed ${SEED}`).toEqual([]);
  }, 600_000);
});
