import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withTenantOn } from "@/db/with-tenant";
import { signInWithPassword, type PasswordSignIn, type SignInDeps } from "@/lib/auth/authorize";
import { deviceAccount, knownDeviceCookie } from "@/lib/auth/known-device";
import { SIGN_IN_FAILURES_TEMPLATE } from "@/lib/notify/account-alert-template";
import { delayAfterAttempt, LOGIN_LIMITS, LoginLimiter } from "@/lib/rate-limit/login-limiter";
import { MemoryCounterStore } from "@/lib/rate-limit/store";
import { fromClientIp } from "../support/client-ip";
import { backends, type TestDatabase } from "../support/databases";
import { rows } from "../support/sql";
import { addStaff, PASSWORD, signUp, type TestTenant } from "../support/tenants";

const SECRET = "sign-in-limits-test-secret-0123456789";
const { free } = LOGIN_LIMITS.account;

/**
 * Sign-in limits as the Auth.js credentials provider runs them, against a
 * real database: the attempt is counted before the password check, delays
 * instead of a lock, a known device counted apart, and one email to the
 * account holder per burst of failures.
 */
describe.each(backends)("sign-in limits on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let deps: SignInDeps;
  let afterAnswer: Promise<void>[];

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "limits-a");
    b = await signUp(db.app, "limits-b");
    await addStaff(db.app, a, "cashier@limits-a.test", "Cashier");
    await addStaff(db.app, a, "support@limits-a.test", "Support");
  });
  afterAll(() => db?.drop());
  beforeEach(() => {
    // Fresh counters for each test; the database (and its outbox) is shared.
    afterAnswer = [];
    deps = { db: db.app, store: new MemoryCounterStore(), secret: SECRET, rootDomain: "localhost", later: (task) => void afterAnswer.push(task()) };
  });

  const headers = (t: TestTenant, ip: string, cookie?: string) =>
    new Headers({ host: `${t.slug}.localhost:3000`, ...fromClientIp(ip), "x-forwarded-proto": "http", ...(cookie ? { cookie } : {}) });
  const attempt = (t: TestTenant, email: string, password: string, ip: string, cookie?: string): Promise<PasswordSignIn> =>
    signInWithPassword(deps, { email, password }, headers(t, ip, cookie));
  /** The cookie the sign-in action gives a browser after a successful sign-in (app/.../login/actions.ts). */
  const knownDevice = (t: TestTenant, email: string) => {
    const c = knownDeviceCookie(deviceAccount(t.slug, email), null, SECRET, false);
    return `${c.name}=${c.value}`;
  };
  const alerts = (t: TestTenant) =>
    withTenantOn(db.app, t.tenantId, (tx) =>
      rows<{ recipient: string; status: string; subject: string; body: string }>(
        tx,
        sql`select recipient, status, subject, body from outbox_messages where template_key = ${SIGN_IN_FAILURES_TEMPLATE.key} order by created_at`,
      ),
    );

  it("checks at most the free attempts of eight wrong passwords sent at once", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => attempt(a, "cashier@limits-a.test", `wrong-password-${i}`, "198.51.100.7")));
    const checked = results.filter((r) => !r.ok && r.reason === "invalid");
    expect(checked).toHaveLength(free);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(8 - free);
  });

  it("lets the owner's known device in while a stranger's failures delay everyone else", async () => {
    const owner = `owner@${a.slug}.test`;
    const cookie = knownDevice(a, owner);
    for (let i = 0; i < free; i++) expect(await attempt(a, owner, `guess-${i}-abcdef`, "203.0.113.66")).toEqual({ ok: false, reason: "invalid" });

    // The stranger, and the owner on a device never signed in before, wait; it is a delay, not a lock.
    const waited = await attempt(a, owner, "guess-next-abcdef", "203.0.113.66");
    expect(waited).toMatchObject({ ok: false, reason: "rate_limited" });
    // Half a minute at most, counted from the fifth attempt's start.
    expect(!waited.ok && waited.retryAfterSeconds).toBeLessThanOrEqual(delayAfterAttempt(free));
    expect(await attempt(a, owner, PASSWORD, "192.0.2.10")).toMatchObject({ ok: false, reason: "rate_limited" });
    // The owner's phone, which signed in before, is not held up.
    const signedIn = await attempt(a, owner, PASSWORD, "192.0.2.10", cookie);
    expect(signedIn).toMatchObject({ ok: true, user: { id: a.ownerId, tenantId: a.tenantId } });
    // A known-device cookie of another account (or a forged one) counts as no cookie.
    const cashierCookie = knownDevice(a, "cashier@limits-a.test").split("=")[1];
    expect(await attempt(a, owner, PASSWORD, "192.0.2.10", `${cookie.split("=")[0]}=${cashierCookie}`)).toMatchObject({ reason: "rate_limited" });
  });

  it("tells the account holder once per burst, by email kept as logged without SMTP", async () => {
    const owner = `owner@${b.slug}.test`;
    await Promise.all(Array.from({ length: 8 }, (_, i) => attempt(b, owner, `wrong-password-${i}`, "198.51.100.8")));
    // More failures later in the same hour (a fresh counter, as after the limiter's window).
    deps.store = new MemoryCounterStore();
    for (let i = 0; i < free + 1; i++) await attempt(b, owner, `wrong-again-${i}`, "198.51.100.9");
    await Promise.all(afterAnswer);

    const sent = await alerts(b);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ recipient: owner, status: "logged", subject: `${b.slug} Fiber: failed sign-ins to your account` });
    expect(sent[0]!.body).toContain(`with a wrong password ${free} times`);
    expect(sent[0]!.body).toContain("198.51.100.8");
    expect(sent[0]!.body).not.toMatch(/\{[a-z_]+\}/);
  });

  it("tells no one about failures below the burst, for unknown emails, or in another tenant", async () => {
    const [beforeA, beforeB] = [await alerts(a), await alerts(b)];
    for (let i = 0; i < free - 1; i++) await attempt(a, "support@limits-a.test", `wrong-${i}-abcdef`, "198.51.100.20");
    for (let i = 0; i < free + 2; i++) await attempt(a, "nobody@limits-a.test", `wrong-${i}-abcdef`, "198.51.100.21");
    await Promise.all(afterAnswer);
    expect(await alerts(a)).toEqual(beforeA);
    expect(await alerts(b)).toEqual(beforeB);
  });

  it("clears the count on success and keeps the IP limit", async () => {
    const cashier = "cashier@limits-a.test";
    for (let i = 0; i < free - 1; i++) await attempt(a, cashier, `wrong-${i}-abcdef`, "198.51.100.30");
    expect(await attempt(a, cashier, PASSWORD, "198.51.100.30")).toMatchObject({ ok: true });
    for (let i = 0; i < free - 1; i++) expect(await attempt(a, cashier, `wrong-${i}-ghijkl`, "198.51.100.30")).toMatchObject({ reason: "invalid" });

    // One machine spraying many accounts is stopped by its IP's count (its attempts, here still in flight).
    const limiter = new LoginLimiter(deps.store);
    for (let i = 0; i < LOGIN_LIMITS.ip.max; i++) await limiter.reserve("198.51.100.99", `${a.slug}:user${i}@limits-a.test`);
    expect(await attempt(a, cashier, PASSWORD, "198.51.100.99")).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await attempt(a, cashier, PASSWORD, "198.51.100.100")).toMatchObject({ ok: true });
  });
});
