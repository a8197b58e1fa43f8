import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import type { JobsHandle } from "@/db/types";
import { assertDatabaseRolesAreWalled, assertRuntimeRoleIsWalled } from "@/db/runtime-role-check";
import { backends, type TestDatabase } from "../support/databases";

describe.each(backends)("migrations on $name", ({ open }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => db?.drop());

  it("applies twice without error (idempotent migrate)", async () => {
    await db.migrate();
  });

  it("connects requests as the walled runtime role", async () => {
    const rows = rowsOf<{ u: string }>(await db.app.execute(sql`select current_user as u`));
    expect(rows[0]?.u).toBe("fiberbill_app");
    await expect(assertRuntimeRoleIsWalled(db.app)).resolves.toBeUndefined();
  });

  it("refuses to start on a role that bypasses RLS", async () => {
    await db.asOwner(async (owner) => {
      await expect(assertRuntimeRoleIsWalled(owner)).rejects.toThrow(/refuses to start/);
    });
  });

  it("checks both roles the app connects as at start-up: requests and jobs", async () => {
    await expect(assertDatabaseRolesAreWalled(db)).resolves.toBeUndefined();
    // A job handle that connects as the owner (a superuser here) stops the start, naming its setting.
    const ownerJobs: JobsHandle = (fn) => db.asOwner((owner) => owner.transaction(fn));
    await expect(assertDatabaseRolesAreWalled({ app: db.app, jobs: ownerJobs })).rejects.toThrow(/job database role .* is a superuser.*DATABASE_JOBS_URL/);
  });
});
