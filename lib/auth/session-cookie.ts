import { decode } from "next-auth/jwt";

/** Auth.js's session cookie: `__Secure-` on https, plain on http; its name is also the JWT's salt. */
const SECURE_COOKIE = "__Secure-authjs.session-token";
const PLAIN_COOKIE = "authjs.session-token";

/** What sign-in wrote into the token: who, in which tenant, and at which session version (see sessions.ts). */
export type SessionClaims = { userId: string; tenantId: string; tenantSlug: string; sessionVersion: number };

/**
 * Whether Auth.js uses the `__Secure-` cookie for this request, decided as it
 * decides for a server component (createActionURL in @auth/core): the scheme
 * of AUTH_URL when set, else x-forwarded-proto, else https. Reading only that
 * one name, as Auth.js does, means a sign-out (which clears that name) really
 * ends the session, and a plain cookie tossed in over http is not read on https.
 */
export function usesSecureCookie(headers: Headers, env: Record<string, string | undefined> = process.env): boolean {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  if (configured) return new URL(configured).protocol === "https:";
  return (headers.get("x-forwarded-proto") ?? "https").replace(/:$/, "") === "https";
}

/**
 * Cookies of a Cookie header, the first of any repeated name kept (as Auth.js's
 * parser does; Next's cookies() keeps the last).
 */
function parseCookies(header: string | null): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!jar.has(name)) jar.set(name, part.slice(eq + 1).trim());
  }
  return jar;
}

/**
 * The token under `name`: whole, or joined from the chunks Auth.js writes when
 * a token outgrows one cookie (`name.0`, `name.1`, ... in number order). Where
 * both exist the whole one is taken; either must still verify.
 */
function tokenIn(jar: Map<string, string>, name: string): string | undefined {
  const whole = jar.get(name);
  if (whole) return whole;
  const prefix = `${name}.`;
  const chunks = [...jar]
    .filter(([n]) => n.startsWith(prefix) && /^\d+$/.test(n.slice(prefix.length)))
    .sort(([a], [b]) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)));
  return chunks.length > 0 ? chunks.map(([, v]) => v).join("") : undefined;
}

/**
 * Tokens already decrypted and verified, by secret, cookie name and full text,
 * until they expire. Decrypting derives the key with HKDF each time (about 1 ms
 * of a page's CPU); a token is an authenticated ciphertext, so the same text
 * always means the same claims, and a changed byte is a new key that gets
 * verified.
 */
const verified = new Map<string, { claims: SessionClaims | null; expiresAt: number }>();
const MAX_CACHED = 1_000;

async function claimsOf(token: string, secret: string, salt: string): Promise<SessionClaims | null> {
  const key = `${secret}\n${salt}\n${token}`;
  const hit = verified.get(key);
  if (hit && hit.expiresAt > Date.now()) return hit.claims;
  if (hit) verified.delete(key);
  const payload = await decode({ token, secret, salt }).catch(() => null);
  // A token without a session version predates it: it cannot be ended, so it is not accepted.
  const claims =
    payload &&
    typeof payload.sub === "string" &&
    typeof payload.tenantId === "string" &&
    typeof payload.tenantSlug === "string" &&
    Number.isSafeInteger(payload.sv)
      ? { userId: payload.sub, tenantId: payload.tenantId, tenantSlug: payload.tenantSlug, sessionVersion: payload.sv as number }
      : null;
  // A token that does not decrypt is not remembered: it costs its sender the same each time.
  if (payload && typeof payload.exp === "number") {
    if (verified.size >= MAX_CACHED) verified.delete(verified.keys().next().value!);
    verified.set(key, { claims, expiresAt: payload.exp * 1000 });
  }
  return claims;
}

/**
 * The signed-in user's claims from the request's session cookie, as Auth.js's
 * `auth()` gives them to a server component, without running Auth.js's whole
 * request handler (which also re-encrypts a rolled cookie that a server
 * component cannot set). Expiry is checked on every call. Null when there is
 * no cookie, it does not verify, or it lacks the claims sign-in writes.
 */
export async function readSessionClaims(cookieHeader: string | null, secure: boolean, secret: string): Promise<SessionClaims | null> {
  const name = secure ? SECURE_COOKIE : PLAIN_COOKIE;
  const token = tokenIn(parseCookies(cookieHeader), name);
  return token ? claimsOf(token, secret, name) : null;
}
