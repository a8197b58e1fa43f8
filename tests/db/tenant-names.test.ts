import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isSlugTaken } from "@/db/system";
import { GENERIC_ERROR } from "@/lib/actions/result";
import { UserFacingError } from "@/lib/errors";
import { checkSubdomain } from "@/lib/signup/subdomain-availability";
import { runSignUp, type SignupRequest } from "@/lib/signup/sign-up";
import { COMPANY_NAME_TAKEN, provisionTenant, SUBDOMAIN_TAKEN } from "@/lib/tenancy/provision";
import { RESERVED_SUBDOMAINS, slugProblem } from "@/lib/tenancy/subdomain";
import { form } from "../support/actions";
import { backends, type TestDatabase } from "../support/databases";
import { expectPgError, one, pgFailure, rows } from "../support/sql";
import { PASSWORD, REQUEST, signUp } from "../support/tenants";

/** The database refuses the subdomains and the company names sign-up refuses, and sign-up says so next to the field. */
class Accepted extends Error {}

describe.each(backends)("tenant names and subdomains on $name", ({ open }) => {
  let db: TestDatabase;

  /** Whether the database takes a tenant with this slug (as the owner, rolled back): null when it does, else the constraint. */
  const refusal = (slug: string) =>
    db.asOwner((owner) =>
      owner
        .transaction(async (tx) => {
          await tx.execute(sql`insert into tenants (slug, name) values (${slug}, ${`Probe ${slug}`})`);
          throw new Accepted();
        })
        .then(
          () => "committed?",
          (error: unknown) => (error instanceof Accepted ? null : pgFailure(error).code === "23514" ? "check" : pgFailure(error).message),
        ),
    );
  const tenantCount = () => db.asOwner((owner) => one<{ n: number }>(owner, sql`select count(*)::int as n from tenants`));

  beforeAll(async () => {
    db = await open();
    await signUp(db.app, "names-demo"); // "names-demo Fiber"
  });
  afterAll(async () => db?.drop());

  it("refuses every subdomain the app reserves", async () => {
    for (const slug of RESERVED_SUBDOMAINS) expect(await refusal(slug), slug).toBe("check");
  });

  it("reserves nothing in the database that the app would allow", async () => {
    const { def } = await one<{ def: string }>(
      db.app,
      sql`select pg_get_constraintdef(oid) as def from pg_constraint where conname = 'tenants_slug_not_reserved'`,
    );
    const listed = [...def.matchAll(/'([^']*)'::text/g)].map((m) => m[1]!);
    expect(listed.length).toBe(RESERVED_SUBDOMAINS.size);
    for (const slug of listed) expect(slugProblem(slug), slug).toBe("reserved");
  });

  it("takes a subdomain exactly when the app does", async () => {
    const cases = [
      "cdo-fiber", "abc", "isp2026", "1st-isp", "a".repeat(30), "a-b", "ab", "a".repeat(31), "CDO", "cdo_fiber", "cdo.fiber",
      "cdo fiber", "ñfiber", "-cdo", "cdo-", "cdo--fiber", "cdo---fiber", "www", "admin", "fiberbill", "demo-2",
    ];
    for (const slug of cases) {
      const dbTakes = (await refusal(slug)) === null;
      expect(dbTakes, `${slug}: the app says ${slugProblem(slug) ?? "fine"}`).toBe(slugProblem(slug) === null);
    }
  });

  it("refuses a second tenant of the same name, whatever its case or the spaces around it", async () => {
    await expectPgError(
      db.app.transaction((tx) => tx.execute(sql`select fiberbill_create_tenant('names-copy', '  NAMES-DEMO fiber ')`)),
      "23505",
      /tenants_name_key/,
    );
    const before = await tenantCount();
    const input = { companyName: "NAMES-DEMO FIBER", subdomain: "names-copy", ownerName: "Carl Copycat", email: "carl@names-copy.test", password: PASSWORD };
    const error = await provisionTenant(db.app, input, REQUEST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).fieldErrors).toEqual({ companyName: [COMPANY_NAME_TAKEN] });
    expect(await tenantCount()).toEqual(before);
    expect(await isSlugTaken(db.app, "names-copy")).toBe(false);
    // A different name is a different ISP.
    await provisionTenant(db.app, { ...input, companyName: "Names Demo Fiber Two" }, REQUEST);
    expect(await isSlugTaken(db.app, "names-copy")).toBe(true);
  });

  it("leaves the live subdomain check as it was: it answers for subdomains only", async () => {
    expect(await checkSubdomain(db.app, "names-fresh")).toEqual({ available: true, message: "names-fresh is available." });
    expect(await checkSubdomain(db.app, "NAMES-DEMO")).toEqual({ available: false, message: SUBDOMAIN_TAKEN });
    expect(await checkSubdomain(db.app, "www")).toEqual({ available: false, message: "That subdomain is reserved. Please choose another." });
  });

  describe("the sign-up action", () => {
    let ip = 0;
    /** A request from its own address each time, so the per-IP sign-up limit stays out of the way. */
    const request = (database: SignupRequest["db"] = async () => db.app): SignupRequest => ({
      db: database,
      info: { ip: `198.51.100.${++ip}`, userAgent: "vitest sign-up action" },
      workspaceOrigin: async (slug) => `http://${slug}.localhost:3000`,
    });
    const fields = (companyName: string, subdomain: string) =>
      form({ companyName, subdomain, ownerName: "Lito Bautista", email: `lito@${subdomain}.test`, password: PASSWORD });

    it("creates the workspace and hands the owner to it", async () => {
      const result = await runSignUp(request(), fields("Opol Lightwave", "names-opol"));
      expect(result).toEqual({ ok: true, data: { redirectTo: expect.stringMatching(/^http:\/\/names-opol\.localhost:3000\/welcome\?token=/) } });
      expect(await isSlugTaken(db.app, "names-opol")).toBe(true);
    });

    it("puts a taken company name next to the name field and creates nothing", async () => {
      const before = await tenantCount();
      const result = await runSignUp(request(), fields("  opol LIGHTWAVE ", "names-opol-two"));
      expect(result).toEqual({ ok: false, error: COMPANY_NAME_TAKEN, fieldErrors: { companyName: [COMPANY_NAME_TAKEN] } });
      expect(await tenantCount()).toEqual(before);
      expect(await isSlugTaken(db.app, "names-opol-two")).toBe(false);
    });

    it("still puts a taken subdomain next to the subdomain field", async () => {
      const result = await runSignUp(request(), fields("Opol Lightwave Two", "names-opol"));
      expect(result).toEqual({ ok: false, error: SUBDOMAIN_TAKEN, fieldErrors: { subdomain: [SUBDOMAIN_TAKEN] } });
    });

    it("answers with the generic message when the database is down, never its error", async () => {
      const down = async () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
      const logged = vi.spyOn(console, "error").mockImplementation(() => {});
      try {
        const result = await runSignUp(request(down), fields("Opol Lightwave Three", "names-opol-three"));
        expect(result).toEqual({ ok: false, error: GENERIC_ERROR, fieldErrors: {} });
        expect(logged).toHaveBeenCalledWith("[signup] unexpected error", expect.any(Error));
      } finally {
        logged.mockRestore();
      }
    });
  });

  it("keeps the tenants' names and subdomains unique in the catalog", async () => {
    const indexes = await rows<{ name: string; def: string }>(
      db.app,
      sql`select indexname::text as name, indexdef as def from pg_indexes where tablename = 'tenants' and indexdef like 'CREATE UNIQUE%' order by 1`,
    );
    expect(indexes.map((i) => i.name)).toEqual(["tenants_name_key", "tenants_pkey", "tenants_slug_key"]);
    expect(indexes.find((i) => i.name === "tenants_name_key")?.def).toMatch(/lower\(btrim\(name\)\)/);
  });
});
