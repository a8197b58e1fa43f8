import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";

/**
 * Sign-up happens on the root domain, but the session cookie must belong to
 * the new tenant's subdomain. The sign-up action mints this short-lived,
 * signed token; the subdomain's /welcome route trades it for a session once.
 */
export type HandoffClaims = { uid: string; tid: string; slug: string; exp: number; jti: string };

export const HANDOFF_TTL_SECONDS = 120;

function sign(payload: string, secret: string): string {
  return createHmac("sha256", `handoff:${secret}`).update(payload).digest("base64url");
}

export function mintHandoffToken(
  claims: { uid: string; tid: string; slug: string },
  secret: string,
  now = Date.now(),
): string {
  const full: HandoffClaims = { ...claims, exp: Math.floor(now / 1000) + HANDOFF_TTL_SECONDS, jti: randomUUID() };
  const payload = Buffer.from(JSON.stringify(full)).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

/** The claims of a valid, unexpired token, or null. Single use is enforced by the caller. */
export function readHandoffToken(token: string, secret: string, now = Date.now()): HandoffClaims | null {
  const [payload, signature] = token.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as HandoffClaims;
    if (typeof claims.exp !== "number" || claims.exp * 1000 < now) return null;
    return claims;
  } catch {
    return null;
  }
}
