import { z } from "zod";
import { findUserByEmail, getUserWithRole, setPasswordHash, touchLastLogin } from "@/db/queries/users";
import { resolveTenantBySlug, type TenantRef } from "@/db/system";
import type { Database } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import type { CounterStore } from "@/lib/rate-limit/store";
import { LOGIN_LIMITS, LoginLimiter } from "@/lib/rate-limit/login-limiter";
import { requestHost, requestInfo } from "@/lib/request-info";
import { tenantSlugFromHost } from "@/lib/tenancy/subdomain";
import { HANDOFF_TTL_SECONDS, readHandoffToken } from "./handoff-token";
import { deviceAccount, readKnownDevice } from "./known-device";
import { burnPasswordCheck, checkPassword, hashPassword } from "./password";
import { usesSecureCookie } from "./session-cookie";
import { alertOfFailedSignIns } from "./sign-in-alert";

/** What a successful sign-in puts in the session token. */
export type SignedInUser = { id: string; name: string; email: string; tenantId: string; tenantSlug: string; sessionVersion: number };

export type PasswordSignIn =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" | "rate_limited"; retryAfterSeconds?: number };

/** What sign-in works with; the app passes its own (lib/auth/index.ts), tests theirs. */
export type SignInDeps = {
  db: Database;
  store: CounterStore;
  secret: string;
  rootDomain: string;
  /** Runs work after the answer is sent (Next's `after`), so it neither slows nor shapes the answer. */
  later: (task: () => Promise<void>) => void;
};

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().min(3).max(320), password: z.string().min(1).max(200) });

const INVALID: PasswordSignIn = { ok: false, reason: "invalid" };

/**
 * Email + password on a tenant's subdomain. The tenant comes from the Host
 * header; the same message answers an unknown email, a wrong password and a
 * deactivated account, so the form does not reveal who has an account.
 *
 * The attempt is counted before the (slow) password check, so parallel
 * guesses cannot slip past the limit while it runs. A burst of failures on a
 * real account is told to its holder by email, after the answer is sent.
 */
export async function signInWithPassword(deps: SignInDeps, credentials: unknown, headers: Headers): Promise<PasswordSignIn> {
  const parsed = credentialsSchema.safeParse(credentials);
  const slug = tenantSlugFromHost(requestHost(headers), deps.rootDomain);
  if (!parsed.success || !slug) return INVALID;
  const { email, password } = parsed.data;
  const ip = requestInfo(headers).ip ?? "unknown";
  const account = deviceAccount(slug, email);
  const deviceId = readKnownDevice(headers.get("cookie"), account, deps.secret, usesSecureCookie(headers));
  const limiter = new LoginLimiter(deps.store);

  const attempt = await limiter.reserve(ip, account, deviceId);
  if (!attempt.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: attempt.retryAfterSeconds };

  const tenant = await resolveTenantBySlug(deps.db, slug);
  const user = tenant && tenant.status === "active" ? await withTenantOn(deps.db, tenant.id, (tx) => findUserByEmail(tx, { email })) : null;
  const check = user ? await checkPassword(password, user.passwordHash) : (await burnPasswordCheck(password), { valid: false, rehash: false });
  if (!tenant || !user || !check.valid || !user.active) {
    if (tenant && user?.active && attempt.ordinal >= LOGIN_LIMITS.account.free) {
      const failures = { user: { id: user.id, name: user.name, email: user.email }, failures: attempt.ordinal, ip, at: new Date() };
      deps.later(() => alertOfFailedSignIns(deps.db, tenant, failures));
    }
    return INVALID;
  }

  await limiter.succeeded(attempt);
  // A bcrypt hash (or older argon2 settings) is replaced now that the password is known.
  const newHash = check.rehash ? await hashPassword(password) : null;
  await withTenantOn(deps.db, tenant.id, async (tx) => {
    if (newHash) await setPasswordHash(tx, { id: user.id, passwordHash: newHash });
    await touchLastLogin(tx, { id: user.id });
  });
  return { ok: true, user: signedIn(user, tenant) };
}

function signedIn(user: { id: string; name: string; email: string; sessionVersion: number }, tenant: TenantRef): SignedInUser {
  return { id: user.id, name: user.name, email: user.email, tenantId: tenant.id, tenantSlug: tenant.slug, sessionVersion: user.sessionVersion };
}

/** Trades a sign-up handoff token for a session, once, on the subdomain it was minted for. */
export async function signInWithHandoff(deps: SignInDeps, credentials: unknown, headers: Headers): Promise<SignedInUser | null> {
  const token = typeof (credentials as { token?: unknown })?.token === "string" ? (credentials as { token: string }).token : "";
  const claims = readHandoffToken(token, deps.secret);
  const slug = tenantSlugFromHost(requestHost(headers), deps.rootDomain);
  if (!claims || claims.slug !== slug) return null;
  const used = await deps.store.increment(`handoff:${claims.jti}`, HANDOFF_TTL_SECONDS + 60);
  if (used.count > 1) return null;
  const user = await withTenantOn(deps.db, claims.tid, (tx) => getUserWithRole(tx, { id: claims.uid }));
  if (!user || !user.active) return null;
  return { id: user.id, name: user.name, email: user.email, tenantId: claims.tid, tenantSlug: claims.slug, sessionVersion: user.sessionVersion };
}
