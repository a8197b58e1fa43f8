import { decode } from "next-auth/jwt";

/** Auth.js's session cookie: `__Secure-` on https, plain on http; its name is also the JWT's salt. */
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

export type SessionClaims = { userId: string; tenantId: string; tenantSlug: string };

type CookieReader = { get(name: string): { value: string } | undefined; getAll(): { name: string; value: string }[] };

/**
 * The cookie's value under `name`: whole, or joined from the chunks Auth.js
 * writes when a token outgrows one cookie (`name.0`, `name.1`, ...).
 */
function cookieValue(cookies: CookieReader, name: string): string | undefined {
  const whole = cookies.get(name)?.value;
  if (whole) return whole;
  const prefix = `${name}.`;
  const chunks = cookies
    .getAll()
    .filter((c) => c.name.startsWith(prefix) && /^\d+$/.test(c.name.slice(prefix.length)))
    .sort((a, b) => Number(a.name.slice(prefix.length)) - Number(b.name.slice(prefix.length)));
  return chunks.length > 0 ? chunks.map((c) => c.value).join("") : undefined;
}

/**
 * Tokens already decrypted and verified, by their full text, until they expire.
 * Decrypting derives the key with HKDF each time (about 1 ms of a page's CPU);
 * a token is an authenticated ciphertext, so the same text always means the
 * same claims, and a changed byte is a different key here that gets verified.
 */
const verified = new Map<string, { claims: SessionClaims | null; expiresAt: number }>();
const MAX_CACHED = 1_000;

async function claimsOf(token: string, secret: string, salt: string): Promise<SessionClaims | null> {
  const key = `${salt}\n${token}`;
  const hit = verified.get(key);
  if (hit && hit.expiresAt > Date.now()) return hit.claims;
  if (hit) verified.delete(key);
  const payload = await decode({ token, secret, salt }).catch(() => null);
  const claims =
    payload && typeof payload.sub === "string" && typeof payload.tenantId === "string" && typeof payload.tenantSlug === "string"
      ? { userId: payload.sub, tenantId: payload.tenantId, tenantSlug: payload.tenantSlug }
      : null;
  // A token that does not decrypt is not cached: it costs its sender the same each time.
  if (payload && typeof payload.exp === "number") {
    if (verified.size >= MAX_CACHED) verified.delete(verified.keys().next().value!);
    verified.set(key, { claims, expiresAt: payload.exp * 1000 });
  }
  return claims;
}

/**
 * The signed-in user's claims from the request's session cookie, as Auth.js's
 * `auth()` would give them in a server component, without running Auth.js's
 * whole request handler (which also re-encrypts a rolled cookie that a server
 * component cannot set). Expiry is checked on every call. Null when there is
 * no cookie or it does not verify.
 */
export async function readSessionClaims(cookies: CookieReader, secret: string): Promise<SessionClaims | null> {
  for (const name of COOKIE_NAMES) {
    const token = cookieValue(cookies, name);
    if (token) return claimsOf(token, secret, name);
  }
  return null;
}
