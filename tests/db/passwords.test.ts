import bcrypt from "bcryptjs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStaffAction } from "@/app/(tenant)/t/[tenant]/(app)/settings/staff/actions";
import { withTenantOn } from "@/db/with-tenant";
import { signInWithPassword, type SignInDeps } from "@/lib/auth/authorize";
import { PASSWORD_MESSAGES } from "@/lib/auth/password-policy";
import { UserFacingError } from "@/lib/errors";
import { MemoryCounterStore } from "@/lib/rate-limit/store";
import { provisionTenant } from "@/lib/tenancy/provision";
import { signupSchema } from "@/lib/validations/signup";
import { form, requestAs } from "../support/actions";
import { fromClientIp } from "../support/client-ip";
import { backends, type TestDatabase } from "../support/databases";
import { one } from "../support/sql";
import { addStaff, PASSWORD, REQUEST, roleIdOf, signUp, type TestTenant } from "../support/tenants";

/** Passwords as stored and checked: argon2id, bcrypt upgraded on sign-in, and the policy where a password is set. */
describe.each(backends)("passwords on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let deps: SignInDeps;

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "passwords-a");
    deps = { db: db.app, store: new MemoryCounterStore(), secret: "passwords-test-secret-0123456789abcdef", rootDomain: "localhost", later: () => {} };
  });
  afterAll(() => db?.drop());

  const signIn = (email: string, password: string) =>
    signInWithPassword(deps, { email, password }, new Headers({ host: `${a.slug}.localhost:3000`, ...fromClientIp("192.0.2.44") }));
  const stored = (email: string) =>
    withTenantOn(db.app, a.tenantId, (tx) => one<{ hash: string; sv: number }>(tx, sql`select password_hash as hash, session_version as sv from users where email = ${email}`));

  it("stores argon2id with today's parameters", async () => {
    const { hash } = await stored(`owner@${a.slug}.test`);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=1\$/);
    expect(hash).not.toContain(PASSWORD);
    expect(await signIn(`owner@${a.slug}.test`, PASSWORD)).toMatchObject({ ok: true });
  });

  it("replaces a bcrypt hash with argon2id at the next successful sign-in, ending no session", async () => {
    const email = "legacy@passwords-a.test";
    await addStaff(db.app, a, email, "Cashier");
    // A user from before argon2id: their hash is bcrypt.
    await withTenantOn(db.app, a.tenantId, async (tx) => tx.execute(sql`update users set password_hash = ${await bcrypt.hash(PASSWORD, 10)} where email = ${email}`));
    const before = await stored(email);
    expect(await signIn(email, "not-the-password-1")).toMatchObject({ ok: false, reason: "invalid" });
    expect((await stored(email)).hash).toBe(before.hash);

    expect(await signIn(email, PASSWORD)).toMatchObject({ ok: true, user: { sessionVersion: before.sv } });
    const after = await stored(email);
    expect(after.hash).toMatch(/^\$argon2id\$/);
    expect(after.sv).toBe(before.sv);
    expect(await signIn(email, PASSWORD)).toMatchObject({ ok: true });
  });

  it("tells apart two long passwords that share their first 72 bytes", async () => {
    const prefix = "correct horse battery staple and a mango tree behind the barangay hall!!";
    expect(Buffer.byteLength(prefix)).toBe(72);
    const [set, other] = [`${prefix}1`, `${prefix}2`];
    // Why: bcrypt reads 72 bytes, so for it these are one password.
    expect(await bcrypt.compare(other, await bcrypt.hash(set, 4))).toBe(true);

    const owner = await requestAs(db.app, a, a.ownerId);
    const roleId = await withTenantOn(db.app, a.tenantId, (tx) => roleIdOf(tx, "Support"));
    expect(await addStaffAction.runWith(owner, form({ name: "Long Pass", email: "long@passwords-a.test", roleId, password: set }))).toMatchObject({ ok: true });
    expect(await signIn("long@passwords-a.test", other)).toMatchObject({ ok: false, reason: "invalid" });
    expect(await signIn("long@passwords-a.test", set)).toMatchObject({ ok: true });
  });

  it("refuses a common or context-built password where staff are added, next to the field, adding no one", async () => {
    const owner = await requestAs(db.app, a, a.ownerId);
    const roleId = await withTenantOn(db.app, a.tenantId, (tx) => roleIdOf(tx, "Cashier"));
    const add = (email: string, password: string) => addStaffAction.runWith(owner, form({ name: "New Cashier", email, roleId, password }));

    expect(await add("weak@passwords-a.test", "Password2026!")).toMatchObject({ ok: false, fieldErrors: { password: [PASSWORD_MESSAGES.common] } });
    expect(await add("weak@passwords-a.test", "short")).toMatchObject({ ok: false, fieldErrors: { password: [PASSWORD_MESSAGES.tooShort] } });
    // The workspace's own address, with little else: only the domain function knows it.
    expect(await add("weak@passwords-a.test", "Passwords-A-2026")).toMatchObject({ ok: false, fieldErrors: { password: [PASSWORD_MESSAGES.context] } });
    const n = await withTenantOn(db.app, a.tenantId, (tx) => one<{ n: number }>(tx, sql`select count(*)::int as n from users where email = 'weak@passwords-a.test'`));
    expect(n.n).toBe(0);
    expect(await add("weak@passwords-a.test", "mango-tricycle-harbor")).toMatchObject({ ok: true });
  });

  it("refuses a common or context-built password at sign-up, in the form and in the domain function", async () => {
    const input = { companyName: "Weak Fiber", subdomain: "weak-fiber", ownerName: "Wendy Weak", email: "wendy@weak.test" };
    const errors = (password: string) => {
      const r = signupSchema.safeParse({ ...input, password });
      return r.success ? [] : r.error.issues.filter((i) => i.path[0] === "password").map((i) => i.message);
    };
    expect(errors("qwertyuiop")).toEqual([PASSWORD_MESSAGES.common]);
    expect(errors("WeakFiber#2026")).toEqual([PASSWORD_MESSAGES.context]);
    expect(errors("FiberBill-2026")).toEqual([PASSWORD_MESSAGES.context]);
    expect(errors("demo-fiber-2026")).toEqual([]);
    await expect(provisionTenant(db.app, { ...input, password: "iloveyou123" }, REQUEST)).rejects.toBeInstanceOf(UserFacingError);
  });
});
