import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The "forgot password" link's token: who (tenant, user) and until when,
 * signed with AUTH_SECRET over those claims AND the user's current password
 * hash and session version. Nothing is stored: the token stays valid only as
 * long as both are unchanged, so it is single-use by construction (using it
 * sets a new password and raises the session version), it dies when the
 * password changes any other way or the user signs out everywhere, and a
 * database dump holds no live token. Two requests give two links; using
 * either kills both.
 */
export const RESET_TTL_SECONDS = 30 * 60;

export type ResetClaims = { tid: string; uid: string; exp: number };

/** What the signature binds besides the claims: read from the user's row when the token is checked. */
export type ResetBinding = { passwordHash: string; sessionVersion: number };

function sign(payload: string, binding: ResetBinding, secret: string): string {
  return createHmac("sha256", `password-reset:${secret}`)
    .update(`${payload}\n${binding.sessionVersion}\n${binding.passwordHash}`)
    .digest("base64url");
}

export function mintResetToken(claims: { tid: string; uid: string }, binding: ResetBinding, secret: string, now = Date.now()): string {
  const full: ResetClaims = { ...claims, exp: Math.floor(now / 1000) + RESET_TTL_SECONDS };
  const payload = Buffer.from(JSON.stringify(full)).toString("base64url");
  return `${payload}.${sign(payload, binding, secret)}`;
}

/**
 * The claims of a well-formed, unexpired token, NOT yet verified: the caller
 * reads the user they name and then calls `resetTokenMatches`.
 */
export function peekResetToken(token: string, now = Date.now()): ResetClaims | null {
  if (token.length > 1000) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Partial<ResetClaims>;
    if (typeof claims.tid !== "string" || typeof claims.uid !== "string" || typeof claims.exp !== "number") return null;
    if (claims.exp * 1000 <= now) return null;
    return { tid: claims.tid, uid: claims.uid, exp: claims.exp };
  } catch {
    return null;
  }
}

/** Whether the token was minted for this user's current password hash and session version. */
export function resetTokenMatches(token: string, binding: ResetBinding, secret: string): boolean {
  const [payload, signature] = token.split(".");
  if (!payload || !signature) return false;
  const expected = Buffer.from(sign(payload, binding, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
