import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Tx } from "@/db/types";
import { setTenantContext, withTenantOn } from "@/db/with-tenant";
import { provisionTenant } from "@/lib/tenancy/provision";
import { backends, type TestDatabase } from "../support/databases";
import { one, rows } from "../support/sql";
import { PASSWORD, REQUEST, signUp, type TestTenant } from "../support/tenants";

/**
 * Ready to be distributed by tenant_id (Citus, docs/scaling.md), proven on
 * the catalog: tables are found there, not listed, so a table added later is
 * checked the day it is created. Citus itself is not installable here.
 */

/** Tables without tenant_id: replicated to every node as reference tables. A new one is a decision for docs/scaling.md. */
const REFERENCE_TABLES = ["tenants"];

type KeyFact = { tbl: string; name: string; kind: string; has_tenant: boolean };
type ForeignKey = { child: string; parent: string; name: string; child_tenant: boolean; parent_tenant: boolean; paired: boolean };

describe.each(backends)("a schema distributable by tenant_id on $name", ({ open }) => {
  let db: TestDatabase;
  let tenantTables: string[];

  beforeAll(async () => {
    db = await open();
    tenantTables = (
      await rows<{ name: string }>(
        db.app,
        sql`select c.relname::text as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p')
            and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
          order by 1`,
      )
    ).map((r) => r.name);
  });
  afterAll(async () => db?.drop());

  it("finds the tenant tables, and only the expected reference tables without tenant_id", async () => {
    expect(tenantTables).toEqual(expect.arrayContaining(["roles", "users", "audit_log", "customers", "invoices", "outbox_messages"]));
    const all = await rows<{ name: string }>(
      db.app,
      sql`select c.relname::text as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
    );
    expect(all.map((t) => t.name).filter((t) => !tenantTables.includes(t))).toEqual(REFERENCE_TABLES);
  });

  it("makes tenant_id NOT NULL in every tenant table (a distribution column cannot be null)", async () => {
    const nullable = await rows<{ name: string }>(
      db.app,
      sql`select c.relname::text as name from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attname = 'tenant_id' and not a.attnotnull`,
    );
    expect(nullable).toEqual([]);
  });

  it("has tenant_id in every primary key, unique constraint, unique index and exclusion constraint of a tenant table", async () => {
    const keys = await rows<KeyFact>(
      db.app,
      sql`select c.relname::text as tbl, ic.relname::text as name,
          case when i.indisprimary then 'primary key' when i.indisexclusion then 'exclusion' else 'unique' end as kind,
          (select a.attnum from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id') = any (i.indkey::int2[]) as has_tenant
        from pg_index i
        join pg_class c on c.oid = i.indrelid
        join pg_class ic on ic.oid = i.indexrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and (i.indisunique or i.indisexclusion)
        order by 1, 2`,
    );
    const ofTenantTables = keys.filter((k) => tenantTables.includes(k.tbl));
    for (const t of tenantTables) expect(ofTenantTables.some((k) => k.tbl === t && k.kind === "primary key"), `${t} has a primary key`).toBe(true);
    for (const k of ofTenantTables) expect(k.has_tenant, `${k.tbl}: ${k.kind} ${k.name} includes tenant_id`).toBe(true);
  });

  it("pairs tenant_id with tenant_id in every foreign key between tenant tables, and points no reference table at a tenant table", async () => {
    const fks = await rows<ForeignKey>(
      db.app,
      sql`select child.relname::text as child, parent.relname::text as parent, k.conname::text as name,
          ct.attnum is not null as child_tenant, pt.attnum is not null as parent_tenant,
          coalesce(array_position(k.conkey, ct.attnum) = array_position(k.confkey, pt.attnum), false) as paired
        from pg_constraint k
        join pg_class child on child.oid = k.conrelid
        join pg_class parent on parent.oid = k.confrelid
        join pg_namespace n on n.oid = child.relnamespace
        left join pg_attribute ct on ct.attrelid = child.oid and ct.attname = 'tenant_id' and not ct.attisdropped
        left join pg_attribute pt on pt.attrelid = parent.oid and pt.attname = 'tenant_id' and not pt.attisdropped
        where n.nspname = 'public' and k.contype = 'f'
        order by 1, 3`,
    );
    expect(fks.length).toBeGreaterThan(tenantTables.length);
    for (const fk of fks) {
      const label = `${fk.child}.${fk.name} -> ${fk.parent}`;
      if (fk.child_tenant && fk.parent_tenant) expect(fk.paired, `${label}: tenant_id references tenant_id`).toBe(true);
      else if (fk.child_tenant) expect(REFERENCE_TABLES, `${label}: a tenant table may reference a reference table only`).toContain(fk.parent);
      // Citus has no foreign key from a reference table to a distributed one.
      else expect(fk.parent_tenant, `${label}: a reference table points at a tenant table`).toBe(false);
    }
  });

  describe("the tenant context, set the way Citus forwards it", () => {
    let a: TestTenant;
    beforeAll(async () => {
      a = await signUp(db.app, "dist-alpha");
    });

    /** The runtime handle, with every statement of its transactions written down as SQL text (they still run). */
    function recording(app: Database): { db: Database; statements: string[] } {
      const dialect = new PgDialect();
      const statements: string[] = [];
      const spyTx = (tx: Tx): Tx =>
        new Proxy(tx, {
          get(target, prop, receiver) {
            if (prop === "execute") {
              return (query: SQL) => {
                statements.push(dialect.sqlToQuery(query).sql);
                return target.execute(query);
              };
            }
            return Reflect.get(target, prop, receiver) as unknown;
          },
        });
      const spyDb = new Proxy(app, {
        get(target, prop, receiver) {
          if (prop === "transaction") {
            return <T>(fn: (tx: Tx) => Promise<T>) => target.transaction((tx) => fn(spyTx(tx)));
          }
          return Reflect.get(target, prop, receiver) as unknown;
        },
      });
      return { db: spyDb, statements };
    }

    it("sets app.tenant_id with SET LOCAL, never with set_config", async () => {
      const { db: spied, statements } = recording(db.app);
      const seen = await withTenantOn(spied, a.tenantId, (tx) =>
        one<{ tenant: string; users: number }>(tx, sql`select current_setting('app.tenant_id') as tenant, (select count(*)::int from users) as users`),
      );
      expect(seen).toEqual({ tenant: a.tenantId, users: 1 });
      expect(statements[0]).toBe(`SET LOCAL app.tenant_id = '${a.tenantId}'`);
      expect(statements.join("\n")).not.toMatch(/set_config/);
    });

    it("sets the new tenant with SET LOCAL during sign-up, for the owner, roles and audit row written after", async () => {
      const { db: spied, statements } = recording(db.app);
      const input = { companyName: "Dist Bravo Fiber", subdomain: "dist-bravo", ownerName: "Olivia Owner", email: "owner@dist-bravo.test", password: PASSWORD };
      const { tenantId } = await provisionTenant(spied, input, REQUEST);
      const created = statements.findIndex((s) => s.includes("fiberbill_create_tenant"));
      expect(created).toBeGreaterThanOrEqual(0);
      expect(statements[created + 1]).toBe(`SET LOCAL app.tenant_id = '${tenantId}'`);
    });

    it("sends nothing when the tenant id is not a uuid: SET takes no bind parameter", async () => {
      const { db: spied, statements } = recording(db.app);
      const attack = `${a.tenantId}'; reset role; select '`;
      await expect(withTenantOn(spied, attack, async () => "ran")).rejects.toThrow(/must be a uuid/);
      await expect(spied.transaction((tx) => setTenantContext(tx, attack))).rejects.toThrow(/must be a uuid/);
      expect(statements).toEqual([]);
    });
  });
});
