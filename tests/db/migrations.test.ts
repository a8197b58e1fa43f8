import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { assertRuntimeRoleIsWalled } from "@/db/runtime-role-check";
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
});
