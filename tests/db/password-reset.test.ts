import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createRoleAction } from "@/app/(tenant)/t/[tenant]/(app)/settings/roles/actions";
import { resetStaffPasswordAction, setStaffActiveAction } from "@/app/(tenant)/t/[tenant]/(app)/settings/staff/actions";
import { resolveTenantBySlug } from "@/db/system";
import { withTenantOn } from "@/db/with-tenant";
import { PASSWORD_CHANGE_DUE } from "@/lib/actions/password-change-due";
import { signInWithPassword } from "@/lib/auth/authorize";
import { changeOwnPassword, CHANGE_LIMIT } from "@/lib/auth/change-password";
import { checkResetLink, LINK_INVALID, requestPasswordReset, resetPasswordWithLink, RESET_LIMITS, type ResetDeps } from "@/lib/auth/password-reset";
import { loadSessionState } from "@/lib/auth/session-state";
import { PASSWORD_RESET_TEMPLATE } from "@/lib/notify/account-alert-template";
import { MemoryCounterStore } from "@/lib/rate-limit/store";
import { OWNER_ONLY_RESET } from "@/lib/staff/users";
import { currentSessionVersion, form, requestAs } from "../support/actions";
import { fromClientIp } from "../support/client-ip";
import { backends, type TestDatabase } from "../support/databases";
import { rows } from "../support/sql";
import { addStaff, PASSWORD, signUp, type TestTenant } from "../support/tenants";

const SECRET = "password-reset-test-secret-0123456789";
const NEW_PASSWORD = "mango tree by the river 42";
const ORIGIN = (t: TestTenant) => `http://${t.slug}.localhost:3000`;

/**
 * Forgot password, change password and the owner's reset, against a real
 * database through the runtime role: what is answered, what is queued in the
 * outbox, which sessions end, and what is audited.
 */
describe.each(backends)("password reset and change on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let deps: ResetDeps;
  let afterAnswer: Promise<void>[];
  let cashier: string;
  let support: string;
  let bCashier: string;

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "reset-a");
    b = await signUp(db.app, "reset-b");
    cashier = await addStaff(db.app, a, "cashier@reset-a.test", "Cashier");
    support = await addStaff(db.app, a, "support@reset-a.test", "Support");
    bCashier = await addStaff(db.app, b, "cashier@reset-b.test", "Cashier");
  });
  afterAll(() => db?.drop());
  beforeEach(() => {
    afterAnswer = [];
    deps = { db: db.app, store: new MemoryCounterStore(), secret: SECRET, rootDomain: "localhost", later: (task) => void afterAnswer.push(task()) };
  });
  afterEach(() => vi.useRealTimers());

  const headers = (t: TestTenant, ip = "192.0.2.80") => new Headers({ host: `${t.slug}.localhost:3000`, ...fromClientIp(ip), "user-agent": "vitest" });
  const settle = () => Promise.all(afterAnswer);
  const resetMails = (t: TestTenant, to: string) =>
    withTenantOn(db.app, t.tenantId, (tx) =>
      rows<{ body: string; status: string }>(tx, sql`select body, status from outbox_messages where template_key = ${PASSWORD_RESET_TEMPLATE.key} and recipient = ${to} order by created_at`),
    );
  const linkIn = (body: string) => /(http:\/\/\S+\/reset-password\?token=(\S+)) /.exec(body)!;
  const audits = (t: TestTenant, action: string) =>
    withTenantOn(db.app, t.tenantId, (tx) => rows<{ user_id: string | null; entity_id: string; changes: unknown }>(tx, sql`select user_id::text, entity_id::text, changes from audit_log where action = ${action} order by created_at`));
  const user = (t: TestTenant, id: string) =>
    withTenantOn(db.app, t.tenantId, async (tx) => (await rows<{ hash: string; sv: number; must: boolean }>(tx, sql`select password_hash as hash, session_version as sv, must_change_password as must from users where id = ${id}`))[0]!);
  const signIn = (t: TestTenant, email: string, password: string) =>
    signInWithPassword({ ...deps, store: new MemoryCounterStore() }, { email, password }, headers(t));
  /** Asks for a link for `email` and returns the token the email carries. */
  async function tokenFor(t: TestTenant, email: string): Promise<string> {
    expect(await requestPasswordReset(deps, { email }, headers(t), ORIGIN(t))).toEqual({ ok: true });
    await settle();
    const mails = await resetMails(t, email);
    return linkIn(mails.at(-1)!.body)[2]!;
  }

  it("answers an existing and an unknown email alike; only the existing one gets an email, with a link to this workspace", async () => {
    const known = await requestPasswordReset(deps, { email: "Cashier@reset-a.test " }, headers(a), ORIGIN(a));
    const unknown = await requestPasswordReset(deps, { email: "nobody@reset-a.test" }, headers(a), ORIGIN(a));
    // Another workspace's staff member asked for on this workspace's subdomain.
    const elsewhere = await requestPasswordReset(deps, { email: "cashier@reset-b.test" }, headers(a), ORIGIN(a));
    expect(known).toEqual({ ok: true });
    expect(unknown).toEqual(known);
    expect(elsewhere).toEqual(known);
    await settle();
    const mails = await resetMails(a, "cashier@reset-a.test");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.status).toMatch(/^(queued|logged|sent)$/);
    expect(linkIn(mails[0]!.body)[1]).toMatch(/^http:\/\/reset-a\.localhost:3000\/reset-password\?token=/);
    expect(await resetMails(a, "nobody@reset-a.test")).toHaveLength(0);
    expect(await resetMails(b, "cashier@reset-b.test")).toHaveLength(0);
    expect(await resetMails(a, "cashier@reset-b.test")).toHaveLength(0);
    expect((await audits(a, "user.password_reset_requested")).map((r) => r.entity_id)).toEqual([cashier]);
    expect(await requestPasswordReset(deps, { email: "not an email" }, headers(a), ORIGIN(a))).toMatchObject({ ok: false, fieldErrors: { email: expect.any(Array) } });
  });

  it("limits requests per account and per client IP, the same for unknown emails", async () => {
    for (let i = 0; i < RESET_LIMITS.account.max; i++) expect(await requestPasswordReset(deps, { email: "ghost@reset-a.test" }, headers(a, `198.51.100.${i}`), ORIGIN(a))).toEqual({ ok: true });
    expect(await requestPasswordReset(deps, { email: "ghost@reset-a.test" }, headers(a, "198.51.100.99"), ORIGIN(a))).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
    for (let i = 0; i < RESET_LIMITS.ip.max; i++) await requestPasswordReset(deps, { email: `x${i}@reset-a.test` }, headers(a, "203.0.113.50"), ORIGIN(a));
    expect(await requestPasswordReset(deps, { email: "fresh@reset-a.test" }, headers(a, "203.0.113.50"), ORIGIN(a))).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) });
    // Another IP is not held up by that one.
    expect(await requestPasswordReset(deps, { email: "fresh@reset-a.test" }, headers(a, "203.0.113.51"), ORIGIN(a))).toEqual({ ok: true });
    await settle();
  });

  it("sets the new password once: the link then fails, every session ended, audited", async () => {
    const token = await tokenFor(a, "support@reset-a.test");
    const second = await tokenFor(a, "support@reset-a.test");
    const before = await user(a, support);
    expect(await checkResetLink(deps, token, headers(a))).toMatchObject({ user: { id: support } });
    // The link only works on its own workspace's subdomain.
    expect(await checkResetLink(deps, token, headers(b))).toBeNull();

    const input = { token, password: NEW_PASSWORD, confirm: NEW_PASSWORD };
    expect(await resetPasswordWithLink(deps, { ...input, confirm: "something else entirely" }, headers(a))).toMatchObject({ ok: false, fieldErrors: { confirm: expect.any(Array) } });
    expect(await resetPasswordWithLink(deps, { ...input, password: "password123", confirm: "password123" }, headers(a))).toMatchObject({ ok: false, fieldErrors: { password: expect.any(Array) } });
    expect(await resetPasswordWithLink(deps, input, headers(a))).toEqual({ ok: true });
    const after = await user(a, support);
    expect(after.sv).toBe(before.sv + 1);
    expect(after.hash).not.toBe(before.hash);
    expect(await signIn(a, "support@reset-a.test", NEW_PASSWORD)).toMatchObject({ ok: true });
    expect(await signIn(a, "support@reset-a.test", PASSWORD)).toMatchObject({ ok: false });

    // Used once only: the same link, and the other link asked for before, are dead.
    expect(await resetPasswordWithLink(deps, { ...input, password: "another fine password 7", confirm: "another fine password 7" }, headers(a))).toEqual({ ok: false, error: LINK_INVALID, fieldErrors: {} });
    expect(await resetPasswordWithLink(deps, { token: second, password: "another fine password 7", confirm: "another fine password 7" }, headers(a))).toMatchObject({ ok: false, error: LINK_INVALID });
    expect((await user(a, support)).hash).toBe(after.hash);
    expect(await audits(a, "user.password_reset_by_link")).toEqual([expect.objectContaining({ user_id: support, entity_id: support })]);
  });

  it("lets two uses of one link at once set the password only once", async () => {
    const email = "race@reset-a.test";
    const id = await addStaff(db.app, a, email, "Support");
    const token = await tokenFor(a, email);
    const results = await Promise.all(
      ["first racing password 1", "second racing password 2"].map((p) => resetPasswordWithLink(deps, { token, password: p, confirm: p }, headers(a))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await audits(a, "user.password_reset_by_link")).filter((r) => r.entity_id === id)).toHaveLength(1);
  });

  it("lets a link expire after 30 minutes", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    const token = await tokenFor(a, "cashier@reset-a.test");
    vi.setSystemTime(Date.now() + 29 * 60 * 1000);
    expect(await checkResetLink(deps, token, headers(a))).not.toBeNull();
    vi.setSystemTime(Date.now() + 60 * 1000);
    expect(await checkResetLink(deps, token, headers(a))).toBeNull();
    expect(await resetPasswordWithLink(deps, { token, password: NEW_PASSWORD, confirm: NEW_PASSWORD }, headers(a))).toMatchObject({ ok: false, error: LINK_INVALID });
  });

  it("changes a password only with the current one, ending the user's sessions", async () => {
    const email = "changer@reset-a.test";
    const id = await addStaff(db.app, a, email, "Support");
    const request = async () => ({ ...(await requestAs(db.app, a, id)), store: new MemoryCounterStore() });
    const before = await user(a, id);
    const wrong = await changeOwnPassword(await request(), form({ current: "not my password 1", password: NEW_PASSWORD, confirm: NEW_PASSWORD }));
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { current: ["That is not your current password."] } });
    expect(await changeOwnPassword(await request(), form({ current: PASSWORD, password: "short", confirm: "short" }))).toMatchObject({ ok: false, fieldErrors: { password: expect.any(Array) } });
    expect(await user(a, id)).toEqual(before);

    const done = await changeOwnPassword(await request(), form({ current: PASSWORD, password: NEW_PASSWORD, confirm: NEW_PASSWORD }));
    expect(done).toEqual({ ok: true, data: { sessionVersion: before.sv + 1, replacedTemporary: false } });
    const tenant = await resolveTenantBySlug(db.app, a.slug);
    const claims = (sv: number) => ({ userId: id, tenantId: a.tenantId, tenantSlug: a.slug, sessionVersion: sv });
    // The token of before (this and every other device) is refused; the browser gets a new one at the new version.
    expect((await loadSessionState(db.app, tenant, claims(before.sv))).state).toBe("signed-out");
    expect((await loadSessionState(db.app, tenant, claims(before.sv + 1))).state).toBe("signed-in");
    expect(await signIn(a, email, NEW_PASSWORD)).toMatchObject({ ok: true });
    expect(await audits(a, "user.password_change")).toEqual([expect.objectContaining({ user_id: id, changes: { after: { replacedTemporary: false } } })]);
  });

  it("slows down guessing the current password", async () => {
    const email = "guessed@reset-a.test";
    const id = await addStaff(db.app, a, email, "Support");
    const store = new MemoryCounterStore();
    const request = async () => ({ ...(await requestAs(db.app, a, id)), store });
    for (let i = 0; i < CHANGE_LIMIT.max; i++) await changeOwnPassword(await request(), form({ current: `guess number ${i}x`, password: NEW_PASSWORD, confirm: NEW_PASSWORD }));
    expect(await changeOwnPassword(await request(), form({ current: PASSWORD, password: NEW_PASSWORD, confirm: NEW_PASSWORD }))).toMatchObject({ ok: false, error: expect.stringMatching(/^Too many attempts/) });
  });

  it("lets the owner reset a staff member's password: temporary, sessions ended, changed at next sign-in", async () => {
    const before = await user(a, cashier);
    const result = await resetStaffPasswordAction.runWith(await requestAs(db.app, a, a.ownerId), form({ id: cashier }));
    expect(result.ok).toBe(true);
    const temporary = result.ok ? /temporary password is (\S+)\./.exec(result.data.message)![1]! : "";
    expect(temporary).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const after = await user(a, cashier);
    expect(after).toMatchObject({ sv: before.sv + 1, must: true });
    expect(after.hash).not.toContain(temporary);
    const [audit] = await audits(a, "user.password_reset");
    expect(audit).toMatchObject({ user_id: a.ownerId, entity_id: cashier });
    expect(JSON.stringify(audit)).not.toContain(temporary);

    // The staff member signs in with it, and may do nothing but choose their own.
    const signedIn = await signIn(a, "cashier@reset-a.test", temporary);
    expect(signedIn).toMatchObject({ ok: true });
    const due = await requestAs(db.app, a, cashier);
    expect(due.session.state).toBe("password-change-due");
    expect(await createRoleAction.runWith(due, form({ name: "Sneaky", permissions: [] }))).toMatchObject({ ok: false, error: PASSWORD_CHANGE_DUE });
    const changed = await changeOwnPassword({ ...due, store: new MemoryCounterStore() }, form({ current: temporary, password: NEW_PASSWORD, confirm: NEW_PASSWORD }));
    expect(changed).toMatchObject({ ok: true, data: { replacedTemporary: true } });
    expect(await user(a, cashier)).toMatchObject({ must: false, sv: before.sv + 2 });
    expect((await requestAs(db.app, a, cashier)).session.state).toBe("signed-in");
  });

  it("finds no staff member of another tenant, and lets no one but the owner reset", async () => {
    const bBefore = await user(b, bCashier);
    const cross = await resetStaffPasswordAction.runWith(await requestAs(db.app, a, a.ownerId), form({ id: bCashier }));
    expect(cross).toMatchObject({ ok: false, error: "That staff member was not found." });
    expect(await user(b, bCashier)).toEqual(bBefore);

    // A role that may manage staff is still not the owner.
    const role = await createRoleAction.runWith(await requestAs(db.app, a, a.ownerId), form({ name: "Staff admin", permissions: ["users.manage"] }));
    expect(role.ok).toBe(true);
    const admin = await addStaff(db.app, a, "admin@reset-a.test", "Staff admin");
    const supportBefore = await user(a, support);
    expect(await resetStaffPasswordAction.runWith(await requestAs(db.app, a, admin), form({ id: support }))).toMatchObject({ ok: false, error: OWNER_ONLY_RESET });
    // A cashier lacks even the permission.
    const cashierNow = await requestAs(db.app, a, support);
    expect(await resetStaffPasswordAction.runWith(cashierNow, form({ id: admin }))).toMatchObject({ ok: false });
    expect(await user(a, support)).toEqual(supportBefore);
    // The owner's own password is changed from the user menu, not reset.
    expect(await resetStaffPasswordAction.runWith(await requestAs(db.app, a, a.ownerId), form({ id: a.ownerId }))).toMatchObject({ ok: false });
    // Deactivated staff are not reset.
    await setStaffActiveAction.runWith(await requestAs(db.app, a, a.ownerId), form({ id: admin, active: "false" }));
    expect(await resetStaffPasswordAction.runWith(await requestAs(db.app, a, a.ownerId), form({ id: admin }))).toMatchObject({ ok: false });
    expect(await currentSessionVersion(db.app, a, support)).toBe(supportBefore.sv);
  });
});
