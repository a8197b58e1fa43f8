import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeTenants, tenantsWithDueMessages } from "@/db/system";
import { withTenantOn } from "@/db/with-tenant";
import { backends, type TestDatabase } from "../support/databases";
import { attributesOf, privilegesOf } from "../support/privileges";
import { expectPgError, one, rows } from "../support/sql";
import { signUp, type TestTenant } from "../support/tenants";

/**
 * The three roles besides the owner, each with exactly what it uses. The lists
 * below are the catalog's answer written down: a new grant, a new function
 * or a new policy fails here until it is added on purpose.
 */
const EVERY_DATABASE = "database: CONNECT, TEMPORARY"; // PUBLIC's defaults on any database
const FUNCTIONS_OF_REQUESTS = [
  "execute fiberbill_create_tenant(text,text,text)",
  "execute fiberbill_customer_search_ids(text[])",
  "execute fiberbill_resolve_tenant(text)",
  "execute fiberbill_session_user(uuid,uuid)",
  "execute fiberbill_slug_taken(text)",
];
/**
 * The one SECURITY DEFINER function not owned by fiberbill_definer: ANALYZE
 * needs the table's owner on PostgreSQL 15 (MAINTAIN arrives in 17), so it
 * belongs to the role that owns the tables (migration 0018). It takes table
 * names, analyzes ours only and returns nothing.
 */
const TABLE_OWNER_FUNCTION = "fiberbill_refresh_statistics(text[])";
const FUNCTIONS_OF_JOBS = [
  "execute fiberbill_active_tenants()",
  "execute fiberbill_tenants_with_due_messages()",
  "execute fiberbill_workspaces_for_email(text)",
];

/** fiberbill_app: what requests may do. No DELETE where rows are closed instead, no UPDATE where rows are written once. */
const RUNTIME_ROLE = [
  EVERY_DATABASE,
  ...FUNCTIONS_OF_REQUESTS,
  "schema public: USAGE",
  "column tenants.onboarding_dismissed_at: UPDATE",
  "table adjustments: INSERT, SELECT, UPDATE",
  "table audit_log: INSERT, SELECT",
  "table background_jobs: INSERT, SELECT, UPDATE",
  "table barangays: DELETE, INSERT, SELECT, UPDATE",
  "table billing_runs: INSERT, SELECT",
  "table billing_settings: INSERT, SELECT, UPDATE",
  "table counters: INSERT, SELECT, UPDATE",
  "execute fiberbill_pending_amount(text,bigint,uuid,text,integer)",
  "execute fiberbill_refresh_statistics(text[])",
  "execute fiberbill_shift_balances(uuid[],uuid[],bigint[])",
  "table customer_balances: INSERT, SELECT, UPDATE",
  "table customer_status_history: INSERT, SELECT",
  "table customers: INSERT, SELECT, UPDATE",
  "table device_movements: INSERT, SELECT",
  "table devices: INSERT, SELECT, UPDATE",
  "table field_jobs: INSERT, SELECT, UPDATE",
  "table idempotency_keys: INSERT, SELECT, UPDATE",
  "table invoice_lines: INSERT, SELECT",
  "table invoices: INSERT, SELECT, UPDATE",
  "table job_runs: INSERT, SELECT, UPDATE",
  "table lcps: DELETE, INSERT, SELECT, UPDATE",
  "table nap_ports: DELETE, INSERT, SELECT, UPDATE",
  "table naps: DELETE, INSERT, SELECT, UPDATE",
  "table notification_settings: INSERT, SELECT, UPDATE",
  "table notification_templates: INSERT, SELECT, UPDATE",
  "table olts: DELETE, INSERT, SELECT, UPDATE",
  "table outage_naps: INSERT, SELECT",
  "table outage_subscriptions: INSERT, SELECT",
  "table outages: INSERT, SELECT, UPDATE",
  "table outbox_messages: INSERT, SELECT, UPDATE",
  "table payment_allocations: DELETE, INSERT, SELECT",
  "table payments: INSERT, SELECT, UPDATE",
  "table plans: DELETE, INSERT, SELECT, UPDATE",
  "table plant_settings: INSERT, SELECT, UPDATE",
  "table pon_ports: DELETE, INSERT, SELECT, UPDATE",
  "table roles: DELETE, INSERT, SELECT, UPDATE",
  "table subscription_events: INSERT, SELECT",
  "table subscriptions: INSERT, SELECT, UPDATE",
  "table tenants: SELECT",
  "table ticket_categories: INSERT, SELECT, UPDATE",
  "table ticket_events: INSERT, SELECT",
  "table ticket_settings: INSERT, SELECT, UPDATE",
  "table tickets: INSERT, SELECT, UPDATE",
  "table users: INSERT, SELECT, UPDATE",
  "table work_items: INSERT, SELECT, UPDATE",
].sort();

/** fiberbill_jobs: the scheduler's and the workspace mail's look-ups, and no table at all. */
const JOB_ROLE = [EVERY_DATABASE, ...FUNCTIONS_OF_JOBS, "schema public: USAGE"].sort();

/** fiberbill_definer: the columns its functions read or write, and its own functions. */
const DEFINER_ROLE = [
  "column customers.id: SELECT",
  "column customers.search_text: SELECT",
  "column customers.tenant_id: SELECT",
  "column outbox_messages.next_attempt_at: SELECT",
  "column outbox_messages.status: SELECT",
  "column outbox_messages.tenant_id: SELECT",
  "column tenants.id: INSERT, SELECT",
  "column tenants.name: INSERT, SELECT",
  "column tenants.slug: INSERT, SELECT",
  "column tenants.status: SELECT",
  "column tenants.time_zone: INSERT, SELECT",
  "column users.active: SELECT",
  "column users.email: SELECT",
  "column users.tenant_id: SELECT",
  EVERY_DATABASE,
  ...FUNCTIONS_OF_REQUESTS.filter((f) => !f.includes("fiberbill_session_user")),
  ...FUNCTIONS_OF_JOBS,
  "schema public: USAGE",
].sort();

describe.each(backends)("database roles on $name", ({ name, open }) => {
  let db: TestDatabase;
  let a: TestTenant;

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "roles-alpha");
  });
  afterAll(async () => db?.drop());

  it("gives the runtime role exactly the privileges requests use", async () => {
    expect(await privilegesOf(db.app, "fiberbill_app")).toEqual(RUNTIME_ROLE);
  });

  it("gives the job role exactly the scheduler's functions", async () => {
    expect(await privilegesOf(db.app, "fiberbill_jobs")).toEqual(JOB_ROLE);
  });

  it("gives the function owner exactly the columns its functions use", async () => {
    expect(await privilegesOf(db.app, "fiberbill_definer")).toEqual(DEFINER_ROLE);
  });

  it("makes none of the three a superuser or able to bypass row-level security, and only the definer unable to log in", async () => {
    const walled = { superuser: false, bypassrls: false, createrole: false, createdb: false };
    expect(await attributesOf(db.app, "fiberbill_app")).toEqual({ ...walled, login: true });
    expect(await attributesOf(db.app, "fiberbill_jobs")).toEqual({ ...walled, login: true });
    expect(await attributesOf(db.app, "fiberbill_definer")).toEqual({ ...walled, login: false });
  });

  it("has every SECURITY DEFINER function owned by fiberbill_definer, with a fixed search_path, none executable by PUBLIC", async () => {
    const fns = await rows<{ fn: string; owner: string; config: string[] | null; public_can: boolean }>(
      db.app,
      sql`select p.oid::regprocedure::text as fn, pg_get_userbyid(p.proowner)::text as owner, p.proconfig as config,
          exists (select 1 from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) x
            where x.grantee = 0 and x.privilege_type = 'EXECUTE') as public_can
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.prosecdef order by 1`,
    );
    expect(fns.map((f) => f.fn)).toEqual(
      [...FUNCTIONS_OF_REQUESTS, ...FUNCTIONS_OF_JOBS, `execute ${TABLE_OWNER_FUNCTION}`]
        .map((f) => f.slice("execute ".length))
        .filter((f) => !f.startsWith("fiberbill_session_user"))
        .sort(),
    );
    const tableOwner = await one<{ owner: string }>(db.app, sql`select pg_get_userbyid(relowner)::text as owner from pg_class where oid = 'customers'::regclass`);
    for (const f of fns) {
      const owner = f.fn === TABLE_OWNER_FUNCTION ? tableOwner.owner : "fiberbill_definer";
      expect(f, f.fn).toEqual({ fn: f.fn, owner, config: ["search_path=public, pg_temp"], public_can: false });
    }
  });

  it("lets fiberbill_definer own nothing but those functions", async () => {
    const owned = await one<{ relations: number; functions: number }>(
      db.app,
      sql`select (select count(*)::int from pg_class where relowner = 'fiberbill_definer'::regrole) as relations,
        (select count(*)::int from pg_proc where proowner = 'fiberbill_definer'::regrole and not prosecdef) as functions`,
    );
    expect(owned).toEqual({ relations: 0, functions: 0 });
  });

  it("gives the function owner a read-only policy on the four tables its functions read, and no other role any policy of its own", async () => {
    const policies = await rows<{ policy: string }>(
      db.app,
      sql`select tablename || '.' || policyname || ' ' || cmd || ' to ' || array_to_string(roles, ',') || ' using ' || coalesce(qual, '-')
          || ' check ' || coalesce(with_check, '-') as policy
        from pg_policies where schemaname = 'public' and not ('public' = any(roles)) order by 1`,
    );
    expect(policies.map((p) => p.policy)).toEqual([
      "customers.definer_read SELECT to fiberbill_definer using true check -",
      "outbox_messages.definer_read SELECT to fiberbill_definer using true check -",
      "tenants.definer_read SELECT to fiberbill_definer using true check -",
      "users.definer_read SELECT to fiberbill_definer using true check -",
    ]);
  });

  it("runs the job handle as fiberbill_jobs, and refuses the scheduler's functions to requests", async () => {
    expect(await db.jobs((tx) => one<{ who: string }>(tx, sql`select current_user::text as who`))).toEqual({ who: "fiberbill_jobs" });
    expect((await activeTenants(db.jobs)).map((t) => t.id)).toContain(a.tenantId);
    expect(await tenantsWithDueMessages(db.jobs)).toEqual(expect.any(Array));
    for (const fn of [sql`select * from fiberbill_active_tenants()`, sql`select * from fiberbill_tenants_with_due_messages()`]) {
      await expectPgError(db.app.execute(fn), "42501", /permission denied/);
    }
    // The job role reads no table itself, with or without a tenant context.
    await expectPgError(db.jobs((tx) => tx.execute(sql`select count(*) from users`)), "42501", /permission denied/);
  });

  it("never lets the job role reach a request running at the same time", async () => {
    // PGlite has one connection: the job's SET LOCAL ROLE must end with its transaction, and a
    // request issued meanwhile must wait for it rather than run inside it.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let jobStarted!: () => void;
    const started = new Promise<void>((resolve) => (jobStarted = resolve));
    const job = db.jobs(async (tx) => {
      jobStarted();
      await gate;
      return one<{ who: string }>(tx, sql`select current_user::text as who`);
    });
    await started;
    const request = one<{ who: string }>(db.app, sql`select current_user::text as who`);
    const tenantRequest = withTenantOn(db.app, a.tenantId, (tx) => one<{ who: string; n: number }>(tx, sql`select current_user::text as who, count(*)::int as n from users`));
    release();
    expect(await job).toEqual({ who: "fiberbill_jobs" });
    expect(await request).toEqual({ who: "fiberbill_app" });
    expect(await tenantRequest).toEqual({ who: "fiberbill_app", n: 1 });
    // A job that fails leaves the runtime role behind too.
    await expect(db.jobs(async () => Promise.reject(new Error("job failed")))).rejects.toThrow("job failed");
    expect(await one(db.app, sql`select current_user::text as who`)).toEqual({ who: "fiberbill_app" });
  });

  it("lets the search's LIKE be a trigram index condition when the function owner reads customers", async () => {
    // Under the tenant policy the planner may not use LIKE (not LEAKPROOF) in an index condition,
    // only after the policy's tenant_id test; the owner's own read policy (USING true) leaves no
    // security qualifier for it to wait behind. (0008 got this only from a superuser owner.)
    await db.asOwner(async (owner) => {
      // Some customers (written directly: test set-up), so the planner has statistics to go by.
      const { id } = await one<{ id: string }>(
        owner,
        sql`insert into barangays (tenant_id, name, city, province) values (${a.tenantId}::uuid, 'Carmen', 'Cagayan de Oro City', 'Misamis Oriental') returning id::text`,
      );
      await owner.execute(sql`insert into customers (tenant_id, account_no, first_name, last_name, mobile, barangay_id)
        select ${a.tenantId}::uuid, 'ACC-' || lpad(i::text, 6, '0'), 'Juan', md5(i::text), '+639170000000', ${id}::uuid
        from generate_series(1, 300) i`);
      await owner.execute(sql`analyze customers`);
    });
    const plan = (role: string) =>
      db.asOwner((owner) =>
        owner.transaction(async (tx) => {
          await tx.execute(sql`set local enable_seqscan = off`);
          await tx.execute(sql.raw(`set local role ${role}`)); // a fixed role name
          await tx.execute(sql`select set_config('app.tenant_id', ${a.tenantId}, true)`);
          // Only the LIKE, so that only the trigram index can serve it as an index condition.
          const lines = await rows<{ "QUERY PLAN": string }>(tx, sql`explain select c.id from customers c where c.search_text like '%villanueva%'`);
          return lines.map((l) => l["QUERY PLAN"]).join("\n");
        }),
      );
    const asDefiner = await plan("fiberbill_definer");
    expect(asDefiner).toMatch(/Index Cond: \(search_text ~~ '%villanueva%'::text\)/);
    expect(asDefiner).not.toMatch(/Filter/);
    // The runtime role, for contrast: the LIKE is a filter after the tenant test.
    expect(await plan("fiberbill_app")).toMatch(/Filter: \(search_text ~~ '%villanueva%'::text\)/);
  });

  // Roles belong to the cluster: only PostgreSQL has a second database beside this one (each PGlite is a cluster of its own).
  it.runIf(name === "postgres")("migrates a second database of the same cluster, whose roles already exist", { timeout: 180_000 }, async () => {
    const again = await open();
    try {
      expect(await privilegesOf(again.app, "fiberbill_app")).toEqual(RUNTIME_ROLE);
      expect(await again.jobs((tx) => one<{ who: string }>(tx, sql`select current_user::text as who`))).toEqual({ who: "fiberbill_jobs" });
    } finally {
      await again.drop();
    }
  });
});
