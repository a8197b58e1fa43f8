import { z } from "zod";
import { getConnection } from "@/db/client";
import { findUserByEmail, getUserWithRole, touchLastLogin } from "@/db/queries/users";
import { resolveTenantBySlug } from "@/db/system";
import { withTenantOn } from "@/db/with-tenant";
import { env } from "@/lib/env";
import { counterStore } from "@/lib/rate-limit";
import { LoginLimiter } from "@/lib/rate-limit/login-limiter";
import { requestHost, requestInfo } from "@/lib/request-info";
import { tenantSlugFromHost } from "@/lib/tenancy/subdomain";
import { HANDOFF_TTL_SECONDS, readHandoffToken } from "./handoff-token";
import { burnPasswordCheck, verifyPassword } from "./password";

/** What a successful sign-in puts in the session token. */
export type SignedInUser = { id: string; name: string; email: string; tenantId: string; tenantSlug: string };

export type PasswordSignIn =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" | "rate_limited"; retryAfterSeconds?: number };

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().min(3).max(320), password: z.string().min(1).max(200) });

/**
 * Email + password on a tenant's subdomain. The tenant comes from the Host
 * header; the same message answers an unknown email, a wrong password and a
 * deactivated account, so the form does not reveal who has an account.
 */
export async function authorizePassword(credentials: unknown, headers: Headers): Promise<PasswordSignIn> {
  const parsed = credentialsSchema.safeParse(credentials);
  const slug = tenantSlugFromHost(requestHost(headers), env.ROOT_DOMAIN);
  if (!parsed.success || !slug) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const ip = requestInfo(headers).ip ?? "unknown";
  const account = `${slug}:${email}`;
  const limiter = new LoginLimiter(counterStore());

  const gate = await limiter.check(ip, account);
  if (!gate.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: gate.retryAfterSeconds };

  const { app } = await getConnection();
  const tenant = await resolveTenantBySlug(app, slug);
  const user = tenant && tenant.status === "active" ? await withTenantOn(app, tenant.id, (tx) => findUserByEmail(tx, { email })) : null;
  const valid = user ? await verifyPassword(password, user.passwordHash) : (await burnPasswordCheck(password), false);
  if (!tenant || !user || !valid || !user.active) {
    await limiter.recordFailure(ip, account);
    return { ok: false, reason: "invalid" };
  }
  await limiter.recordSuccess(ip, account);
  await withTenantOn(app, tenant.id, (tx) => touchLastLogin(tx, { id: user.id }));
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, tenantId: tenant.id, tenantSlug: tenant.slug } };
}

/** Trades a sign-up handoff token for a session, once, on the subdomain it was minted for. */
export async function authorizeHandoff(credentials: unknown, headers: Headers): Promise<SignedInUser | null> {
  const token = typeof (credentials as { token?: unknown })?.token === "string" ? (credentials as { token: string }).token : "";
  const claims = readHandoffToken(token, env.AUTH_SECRET);
  const slug = tenantSlugFromHost(requestHost(headers), env.ROOT_DOMAIN);
  if (!claims || claims.slug !== slug) return null;
  const used = await counterStore().increment(`handoff:${claims.jti}`, HANDOFF_TTL_SECONDS + 60);
  if (used.count > 1) return null;
  const { app } = await getConnection();
  const user = await withTenantOn(app, claims.tid, (tx) => getUserWithRole(tx, { id: claims.uid }));
  if (!user || !user.active) return null;
  return { id: user.id, name: user.name, email: user.email, tenantId: claims.tid, tenantSlug: claims.slug };
}
