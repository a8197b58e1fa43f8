import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isSlugTaken, resolveTenantBySlug, workspacesForEmail } from "@/db/system";
import { withTenantOn } from "@/db/with-tenant";
import { recordAudit } from "@/lib/audit/record";
import { verifyPassword } from "@/lib/auth/password";
import { UserFacingError } from "@/lib/errors";
import { STARTER_ROLES } from "@/lib/permissions/catalog";
import { mailWorkspaceList } from "@/lib/signup/find-workspace";
import { setStaffActive } from "@/lib/staff/users";
import { provisionTenant } from "@/lib/tenancy/provision";
import { backends, type TestDatabase } from "../support/databases";
import { expectPgError, one, RLS_VIOLATION, rows } from "../support/sql";
import { actingAs, addStaff, PASSWORD, REQUEST, signUp, type TestTenant } from "../support/tenants";

/** Sign-up and the few functions that look across tenants. */
const SHARED_EMAIL = "founder@shared.test";

describe.each(backends)("sign-up and system functions on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;

  const signupInput = (subdomain: string) => ({
    companyName: "Copycat Fiber",
    subdomain,
    ownerName: "Carl Copycat",
    email: `carl@${subdomain}.test`,
    password: PASSWORD,
  });
  // Set-up the app can never do: counting every tenant's rows needs a role past RLS (the owner in tests).
  const ownerTotals = () =>
    db.asOwner((owner) =>
      one<{ tenants: number; roles: number; users: number; audit: number }>(
        owner,
        sql`select (select count(*)::int from tenants) as tenants, (select count(*)::int from roles) as roles,
          (select count(*)::int from users) as users, (select count(*)::int from audit_log) as audit`,
      ),
    );

  beforeAll(async () => {
    db = await open();
    // Two workspaces whose owners share one email, as a consultant running two ISPs might.
    a = await signUp(db.app, "alpha-fiber", SHARED_EMAIL);
    b = await signUp(db.app, "bravo-fiber", SHARED_EMAIL);
  });
  afterAll(async () => db?.drop());

  it("creates the tenant, its four starter roles, a hashed owner and a tenant.create audit row", async () => {
    const seen = await withTenantOn(db.app, a.tenantId, async (tx) => ({
      tenants: await rows<{ slug: string; status: string }>(tx, sql`select slug, status from tenants`),
      roles: await rows<{ name: string; permissions: string[] }>(tx, sql`select name, permissions from roles order by name`),
      users: await rows<{ id: string; email: string; is_tenant_owner: boolean; role_id: string | null; password_hash: string }>(
        tx,
        sql`select id::text, email, is_tenant_owner, role_id::text, password_hash from users`,
      ),
      audit: await rows<{ user_id: string; entity_id: string; changes: unknown; ip: string; user_agent: string }>(
        tx,
        sql`select user_id::text, entity_id, changes, ip, user_agent from audit_log where action = 'tenant.create'`,
      ),
    }));
    expect(seen.tenants).toEqual([{ slug: "alpha-fiber", status: "active" }]);
    expect(seen.roles.map((r) => r.name)).toEqual(["Administrator", "Cashier", "Support", "Technician"]);
    for (const starter of STARTER_ROLES) {
      expect(seen.roles.find((r) => r.name === starter.name)?.permissions).toEqual([...starter.permissions]);
    }
    expect(seen.users).toHaveLength(1);
    const owner = seen.users[0]!;
    expect(owner).toMatchObject({ id: a.ownerId, email: SHARED_EMAIL, is_tenant_owner: true, role_id: null });
    expect(owner.password_hash).toMatch(/^\$argon2id\$/);
    expect(owner.password_hash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, owner.password_hash)).toBe(true);
    expect(seen.audit).toEqual([
      {
        user_id: a.ownerId,
        entity_id: a.tenantId,
        changes: { after: { name: "alpha-fiber Fiber", subdomain: "alpha-fiber", owner: SHARED_EMAIL } },
        ip: REQUEST.ip,
        user_agent: REQUEST.userAgent,
      },
    ]);
  });

  it("refuses a second sign-up for a taken subdomain with a field error", async () => {
    const before = await ownerTotals();
    const error = await provisionTenant(db.app, signupInput("alpha-fiber"), REQUEST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).fieldErrors.subdomain).toEqual([expect.stringMatching(/already taken/)]);
    expect(await ownerTotals()).toEqual(before);
  });

  it("leaves nothing behind when a step of sign-up fails", async () => {
    const before = await ownerTotals();
    const boom = new Error("simulated failure after the starter roles");
    const attempt = provisionTenant(db.app, signupInput("half-made"), REQUEST, { afterRoles: () => Promise.reject(boom) });
    await expect(attempt).rejects.toBe(boom);
    // The failed tenant's id was never returned, so only the owner can look for its rows: there are none.
    expect(await ownerTotals()).toEqual(before);
    const leftovers = await db.asOwner((owner) => rows(owner, sql`select id from tenants where slug = 'half-made'`));
    expect(leftovers).toHaveLength(0);
    expect(await isSlugTaken(db.app, "half-made")).toBe(false);
  });

  it("resolves a subdomain to its tenant, whatever its case", async () => {
    expect(await resolveTenantBySlug(db.app, "Alpha-Fiber")).toEqual({
      id: a.tenantId,
      slug: "alpha-fiber",
      name: "alpha-fiber Fiber",
      timeZone: "Asia/Manila",
      status: "active",
    });
    expect(await resolveTenantBySlug(db.app, "nobody-here")).toBeNull();
    expect(await isSlugTaken(db.app, "BRAVO-fiber")).toBe(true);
  });

  it("lists the workspaces where an active user has the email", async () => {
    const both = [
      { slug: "alpha-fiber", name: "alpha-fiber Fiber" },
      { slug: "bravo-fiber", name: "bravo-fiber Fiber" },
    ];
    expect(await workspacesForEmail(db.jobs, SHARED_EMAIL)).toEqual(both);
    expect(await workspacesForEmail(db.jobs, SHARED_EMAIL.toUpperCase())).toEqual(both);
    expect(await workspacesForEmail(db.jobs, "nobody@nowhere.test")).toEqual([]);

    // Pat worked at both ISPs and has left Alpha: only Bravo is listed.
    const patAtAlpha = await addStaff(db.app, a, "pat@shared.test");
    await addStaff(db.app, b, "pat@shared.test");
    await withTenantOn(db.app, a.tenantId, (tx) => setStaffActive(actingAs(tx, a), a.ownerId, patAtAlpha, false));
    expect(await workspacesForEmail(db.jobs, "pat@shared.test")).toEqual([both[1]]);
  });

  it("leaves no tenant context behind in the caller's transaction", async () => {
    const after = await db.jobs(async (tx) => {
      await tx.execute(sql`select * from fiberbill_workspaces_for_email(${SHARED_EMAIL})`);
      return one<{ tenant: string | null }>(tx, sql`select current_setting('app.tenant_id', true) as tenant`);
    });
    expect(["", null]).toContain(after.tenant);
  });

  it("mails the workspace list through the job role's handle", async () => {
    const logged = vi.spyOn(console, "info").mockImplementation(() => {});
    try {
      expect(await mailWorkspaceList(db.jobs, SHARED_EMAIL, (slug) => `http://${slug}.localhost:3000`)).toBe(2);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining("http://bravo-fiber.localhost:3000/login"));
      expect(await mailWorkspaceList(db.jobs, "nobody@nowhere.test", (slug) => slug)).toBe(0);
    } finally {
      logged.mockRestore();
    }
  });

  it("lets only the job role look up an email's workspaces, never a request", async () => {
    await expectPgError(db.app.execute(sql`select * from fiberbill_workspaces_for_email(${SHARED_EMAIL})`), "42501", /permission denied/);
  });

  it("keeps a tenant's context after fiberbill_create_tenant only for that tenant's own rows", async () => {
    // The sign-up transaction writes under the new tenant's context; it must not see or write another tenant's rows.
    const attempt = db.app.transaction(async (tx) => {
      const { id } = await one<{ id: string }>(tx, sql`select fiberbill_create_tenant('charlie-fiber', 'Charlie') as id`);
      const visible = await one<{ users: number }>(tx, sql`select count(*)::int as users from users`);
      expect(visible.users).toBe(0);
      await recordAudit(tx, { tenantId: a.tenantId, userId: null, ...REQUEST }, { action: "forged", entityType: "tenant", entityId: id });
    });
    await expectPgError(attempt, "42501", RLS_VIOLATION);
    expect(await isSlugTaken(db.app, "charlie-fiber")).toBe(false);
  });
});
