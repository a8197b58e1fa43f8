import { describe, expect, it } from "vitest";
import { jobsDatabaseUrl, runtimeDatabaseUrl } from "./database-url";
import { runtimeRoleProblem } from "./runtime-role-check";

describe("runtimeDatabaseUrl", () => {
  it("swaps the owner for the runtime role and drops the owner's password", () => {
    expect(runtimeDatabaseUrl("postgres://owner:pw@db.example:5432/fiberbill")).toBe("postgres://fiberbill_app@db.example:5432/fiberbill");
  });
  it("prefers an explicit runtime URL", () => {
    expect(runtimeDatabaseUrl("postgres://owner@h/db", "postgres://app:pw@pooler/db")).toBe("postgres://app:pw@pooler/db");
  });
});

describe("jobsDatabaseUrl", () => {
  it("swaps the owner for the job role and drops the owner's password", () => {
    expect(jobsDatabaseUrl("postgres://owner:pw@db.example:5432/fiberbill?sslmode=require")).toBe("postgres://fiberbill_jobs@db.example:5432/fiberbill?sslmode=require");
  });
  it("prefers an explicit job URL", () => {
    expect(jobsDatabaseUrl("postgres://owner@h/db", "postgres://jobs:pw@pooler/db")).toBe("postgres://jobs:pw@pooler/db");
  });
});

describe("runtimeRoleProblem", () => {
  const ok = { role: "fiberbill_app", superuser: false, bypassrls: false, owned_tables: 0 };
  it("accepts a walled role", () => expect(runtimeRoleProblem(ok)).toBeNull());
  it.each([
    [{ ...ok, superuser: true }, /superuser/],
    [{ ...ok, bypassrls: true }, /BYPASSRLS/],
    [{ ...ok, owned_tables: 3 }, /owns 3 table/],
    [{ ...ok, member_of: 1 }, /member of 1 other role/],
    [undefined, /could not be inspected/],
  ])("refuses %o", (facts, message) => {
    expect(runtimeRoleProblem(facts)).toMatch(message);
  });
});
