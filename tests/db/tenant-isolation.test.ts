import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { backends, type TestDatabase } from "../support/databases";
import { expectPgError, one, PERMISSION_DENIED, RLS_VIOLATION, rows } from "../support/sql";
import { addStaff, signUp, type TestTenant, addSubscriberFixtures, addBillingFixtures, addOperationsFixtures, addPlantFixtures, addOutageFixtures, addTicketFixtures } from "../support/tenants";

/**
 * The wall between tenants, proven table by table. Tables are found in the
 * catalog, not listed here, so a table added later is covered the day it is
 * created (and the fixture check fails until this file gives it rows).
 */
type TenantTable = {
  name: string;
  rls: boolean;
  forced: boolean;
  policies: number;
  untenantedPolicies: number;
  /** Policies that do not apply to the runtime role, as "<command> to <roles>". */
  otherRolePolicies: string[];
  canInsert: boolean;
  canUpdate: boolean;
  canDelete: boolean;
  columns: string[];
};
/** Per table, per tenant id: row count and a digest of the rows' content. */
type Snapshot = Map<string, Map<string, { n: number; digest: string }>>;

// Privileges are those of current_user, so this runs on the runtime handle: the catalog is readable by anyone.
async function discoverTenantTables(app: Database): Promise<TenantTable[]> {
  return rows<TenantTable>(
    app,
    sql`select c.relname::text as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
      (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname) as policies,
      (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname
        and ('public' = any(p.roles) or current_user = any(p.roles))
        and (coalesce(p.qual, p.with_check, '') not like '%app.tenant_id%'
          or coalesce(p.with_check, p.qual, '') not like '%app.tenant_id%')) as "untenantedPolicies",
      (select coalesce(array_agg(p.cmd || ' to ' || array_to_string(p.roles, ',') order by p.policyname), '{}')
        from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname
          and not ('public' = any(p.roles) or current_user = any(p.roles))) as "otherRolePolicies",
      has_table_privilege(c.oid, 'INSERT') as "canInsert",
      has_table_privilege(c.oid, 'UPDATE') as "canUpdate",
      has_table_privilege(c.oid, 'DELETE') as "canDelete",
      (select array_agg(x.attname::text order by x.attnum) from pg_attribute x
        where x.attrelid = c.oid and x.attnum > 0 and not x.attisdropped
          and x.attgenerated = '' and x.attidentity <> 'a') as columns
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    order by c.relname`,
  );
}

// Set-up the app can never do: only a role that bypasses RLS sees every tenant's rows, which is the ground truth.
async function snapshot(db: TestDatabase, tables: TenantTable[]): Promise<Snapshot> {
  return db.asOwner(async (owner) => {
    const me = await one<{ bypass: boolean }>(owner, sql`select rolsuper or rolbypassrls as bypass from pg_roles where rolname = current_user`);
    if (!me.bypass) throw new Error("the ground truth needs an owner connection that bypasses RLS (a superuser)");
    const result: Snapshot = new Map();
    for (const t of tables) {
      const counts = await rows<{ tenant: string; n: number; digest: string }>(
        owner,
        sql`select r.tenant_id::text as tenant, count(*)::int as n,
          md5(string_agg(to_jsonb(r)::text, '|' order by to_jsonb(r)::text)) as digest
        from ${sql.identifier(t.name)} r group by r.tenant_id`,
      );
      result.set(t.name, new Map(counts.map((c) => [c.tenant, { n: c.n, digest: c.digest }])));
    }
    return result;
  });
}

describe.each(backends)("tenant isolation on $name", ({ open }) => {
  let db: TestDatabase;
  let tables: TenantTable[];
  let truth: Snapshot;
  let a: TestTenant;
  let b: TestTenant;
  const countFor = (table: string, tenant: TestTenant) => truth.get(table)?.get(tenant.tenantId)?.n ?? 0;
  const countIn = async (tenantId: string, table: string) =>
    withTenantOn(db.app, tenantId, (tx) => one<{ total: number; own: number }>(
      tx,
      sql`select count(*)::int as total, count(*) filter (where tenant_id = ${tenantId}::uuid)::int as own
      from ${sql.identifier(table)}`,
    ));

  beforeAll(async () => {
    db = await open();
    // Every fixture goes through the app's own path: sign-up, then the staff module, as fiberbill_app.
    a = await signUp(db.app, "alpha-net");
    b = await signUp(db.app, "bravo-net");
    await addStaff(db.app, a, "cashier@alpha-net.test");
    await addStaff(db.app, b, "cashier@bravo-net.test");
    const subscribersA = await addSubscriberFixtures(db.app, a);
    const subscribersB = await addSubscriberFixtures(db.app, b);
    await addBillingFixtures(db.app, a, subscribersA.customerId);
    await addBillingFixtures(db.app, b, subscribersB.customerId);
    await addOperationsFixtures(db.app, a);
    await addOperationsFixtures(db.app, b);
    await addPlantFixtures(db.app, a, subscribersA.customerId);
    await addPlantFixtures(db.app, b, subscribersB.customerId);
    await addOutageFixtures(db.app, a);
    await addOutageFixtures(db.app, b);
    await addTicketFixtures(db.app, a, subscribersA.customerId);
    await addTicketFixtures(db.app, b, subscribersB.customerId);
    tables = await discoverTenantTables(db.app);
    truth = await snapshot(db, tables);
  });
  afterAll(async () => db?.drop());

  it("finds the tenant tables in the catalog", () => {
    const names = tables.map((t) => t.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names).toEqual(expect.arrayContaining(["roles", "users", "audit_log"]));
  });

  it("enables and forces RLS on every tenant table, under tenant policies only", () => {
    for (const t of tables) {
      expect(t.rls, `${t.name}: row level security enabled`).toBe(true);
      expect(t.forced, `${t.name}: row level security forced`).toBe(true);
      expect(t.policies, `${t.name}: has a policy`).toBeGreaterThan(0);
      // Permissive policies are OR'ed: one whose USING or WITH CHECK ignores the tenant setting opens the table.
      expect(t.untenantedPolicies, `${t.name}: every policy of the runtime role tests app.tenant_id`).toBe(0);
      // The one other role with a policy: the non-login owner of the SECURITY DEFINER functions, read-only
      // (which tables, and that fiberbill_app is no member of it: tests/db/database-roles).
      for (const other of t.otherRolePolicies) expect(other, `${t.name}: policy of another role`).toBe("SELECT to fiberbill_definer");
    }
  });

  it("runs requests as a role that cannot see past the wall", async () => {
    const role = await one<{ name: string; superuser: boolean; bypassrls: boolean; owned: number; memberships: number }>(
      db.app,
      sql`select current_user::text as name, r.rolsuper as superuser, r.rolbypassrls as bypassrls,
        (select count(*)::int from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relowner = r.oid) as owned,
        (select count(*)::int from pg_auth_members m where m.member = r.oid) as memberships
      from pg_roles r where r.rolname = current_user`,
    );
    // memberships: a role granted to fiberbill_app (the owner, say) could be SET ROLE'd into.
    expect(role).toEqual({ name: "fiberbill_app", superuser: false, bypassrls: false, owned: 0, memberships: 0 });
  });

  it("has fixture rows of both tenants in every tenant table", () => {
    // Deliberate: a new tenant table fails here until beforeAll gives it rows for both tenants.
    for (const t of tables) {
      expect(countFor(t.name, a), `table ${t.name} has no fixture rows for tenant A`).toBeGreaterThan(0);
      expect(countFor(t.name, b), `table ${t.name} has no fixture rows for tenant B`).toBeGreaterThan(0);
    }
  });

  it("shows no row at all without a tenant context", async () => {
    for (const t of tables) {
      const table = sql.identifier(t.name);
      const bare = await one<{ n: number }>(db.app, sql`select count(*)::int as n from ${table}`);
      expect(bare.n, `${t.name}: no context`).toBe(0);
      const cleared = await db.app.transaction(async (tx) => {
        await tx.execute(sql`select set_config('app.tenant_id', '', true)`);
        return one<{ n: number }>(tx, sql`select count(*)::int as n from ${table}`);
      });
      expect(cleared.n, `${t.name}: empty context`).toBe(0);
      const stranger = await countIn(crypto.randomUUID(), t.name);
      expect(stranger.total, `${t.name}: unknown tenant`).toBe(0);
    }
  });

  it("shows a tenant exactly its own rows, as many as the owner counts", async () => {
    for (const t of tables) {
      for (const tenant of [a, b]) {
        const seen = await countIn(tenant.tenantId, t.name);
        expect(seen.own, `${t.name}: only ${tenant.slug}'s rows`).toBe(seen.total);
        expect(seen.total, `${t.name}: all of ${tenant.slug}'s rows`).toBe(countFor(t.name, tenant));
      }
    }
  });

  it("refuses to insert a row for another tenant from A's context", async () => {
    for (const t of tables) {
      const table = sql.identifier(t.name);
      const cols = sql.join(t.columns.map((c) => sql.identifier(c)), sql`, `);
      // One of A's rows (all nulls if the table has none) re-labelled with B's tenant id and a fresh id.
      const attempt = withTenantOn(db.app, a.tenantId, (tx) => tx.execute(sql`
        insert into ${table} (${cols})
        select ${cols} from jsonb_populate_record(null::${table},
          coalesce((select to_jsonb(r) from ${table} r limit 1), '{}'::jsonb)
            || jsonb_build_object('tenant_id', ${b.tenantId}::uuid, 'id', gen_random_uuid()))`));
      await expectPgError(attempt, "42501", t.canInsert ? RLS_VIOLATION : PERMISSION_DENIED, t.name);
    }
  });

  it("refuses to move A's rows to B, and cannot reach B's rows to change or delete them", async () => {
    for (const t of tables) {
      const table = sql.identifier(t.name);
      const inA = (query: ReturnType<typeof sql>) => withTenantOn(db.app, a.tenantId, (tx) => rows(tx, query));
      // Thunks: each statement runs in its own transaction, one after the other.
      const move = () => inA(sql`update ${table} set tenant_id = ${b.tenantId}::uuid where tenant_id = ${a.tenantId}::uuid returning 1`);
      const touchB = () => inA(sql`update ${table} set tenant_id = tenant_id where tenant_id = ${b.tenantId}::uuid returning 1`);
      const deleteB = () => inA(sql`delete from ${table} where tenant_id = ${b.tenantId}::uuid returning 1`);
      if (t.canUpdate) {
        await expectPgError(move(), "42501", RLS_VIOLATION, `${t.name}: move to B`);
        expect(await touchB(), `${t.name}: update B's rows`).toHaveLength(0);
      } else {
        // audit_log: no UPDATE grant for the app role.
        await expectPgError(move(), "42501", PERMISSION_DENIED, `${t.name}: move to B`);
        await expectPgError(touchB(), "42501", PERMISSION_DENIED, `${t.name}: update B's rows`);
      }
      if (t.canDelete) expect(await deleteB(), `${t.name}: delete B's rows`).toHaveLength(0);
      else await expectPgError(deleteB(), "42501", PERMISSION_DENIED, `${t.name}: delete B's rows`);
    }
    expect(tables.find((t) => t.name === "audit_log")).toMatchObject({ canUpdate: false, canDelete: false });
  });

  it("leaves every tenant's rows exactly as they were after all those attempts", async () => {
    expect(await snapshot(db, tables)).toEqual(truth);
  });

  it("shows the tenants table only the current tenant's own row", async () => {
    expect(await rows(db.app, sql`select id from tenants`)).toHaveLength(0);
    const seen = await withTenantOn(db.app, a.tenantId, (tx) => rows<{ id: string }>(tx, sql`select id::text as id from tenants`));
    expect(seen).toEqual([{ id: a.tenantId }]);
    // A tenant's row is changed by nobody in the app: no UPDATE grant, not even for its own row.
    const renameB = withTenantOn(db.app, a.tenantId, (tx) =>
      rows(tx, sql`update tenants set name = 'hijacked' where id = ${b.tenantId}::uuid returning 1`));
    await expectPgError(renameB, "42501", PERMISSION_DENIED);
    // Tenants are created only through fiberbill_create_tenant: no INSERT grant.
    await expectPgError(db.app.execute(sql`insert into tenants (slug, name) values ('rogue-isp', 'Rogue')`), "42501", PERMISSION_DENIED);
  });

  it("ends the tenant context with the transaction", async () => {
    type Probe = { pid: number; tenant: string | null };
    const probe = sql`select pg_backend_pid() as pid, current_setting('app.tenant_id', true) as tenant`;
    const inside = await withTenantOn(db.app, a.tenantId, (tx) => one<Probe>(tx, probe));
    expect(inside.tenant).toBe(a.tenantId);
    // A pool may hand the next query to another connection: probe until we are back on the one that ran it.
    let after: Probe | undefined;
    for (let i = 0; i < 50 && after?.pid !== inside.pid; i++) {
      after = await one<Probe>(db.app, probe);
      expect(["", null], `setting on backend ${after.pid}`).toContain(after.tenant);
    }
    expect(after?.pid).toBe(inside.pid);
  });

  it("refuses a tenant id that is not a uuid", async () => {
    for (const bad of ["", "alpha-net", `${a.tenantId}'; select 1; --`]) {
      await expect(withTenantOn(db.app, bad, async () => "ran")).rejects.toThrow(/must be a uuid/);
    }
  });
});
