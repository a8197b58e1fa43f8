import { createHmac, timingSafeEqual } from "node:crypto";
import { isUuid } from "@/lib/uuid";

/**
 * Links to an invoice or a receipt that the customer opens without an
 * account (from an SMS or an email): the document's kind and id, an expiry,
 * and an HMAC over tenant + kind + id + expiry with the app's secret. The
 * tenant is not in the link: it comes from the host the link is opened on,
 * so a link of one workspace opened on another's subdomain does not verify.
 *
 * The token is short for SMS (about 50 characters, no dots so the proxy
 * routes it as a page): kind (1) + id (22, base64url of the uuid's 16 bytes)
 * + signature (22, the first 16 bytes of the HMAC) + expiry (seconds since
 * the epoch, base 36).
 */
export const DOCUMENT_KINDS = { invoice: "i", receipt: "r" } as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** How long a sent link works: a month covers the bill's due date and the usual reminders. */
export const DOCUMENT_LINK_TTL_DAYS = 30;

export type DocumentLinkClaims = { kind: DocumentKind; id: string; expiresAt: Date };
export type DocumentLinkCheck = ({ ok: true } & DocumentLinkClaims) | { ok: false; reason: "invalid" | "expired" };

const ID_CHARS = 22;
const SIG_CHARS = 22;

function signature(secret: string, tenantId: string, kind: DocumentKind, id: string, exp: number): Buffer {
  return createHmac("sha256", `document-link:${secret}`).update(`${tenantId}:${kind}:${id.toLowerCase()}:${exp}`).digest().subarray(0, 16);
}

function uuidToB64(id: string): string {
  return Buffer.from(id.replaceAll("-", ""), "hex").toString("base64url");
}

function b64ToUuid(s: string): string | null {
  if (!/^[A-Za-z0-9_-]{22}$/.test(s)) return null;
  const hex = Buffer.from(s, "base64url").toString("hex");
  if (hex.length !== 32) return null;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  // Only the canonical encoding: another spelling of the same bytes is not a valid link.
  return isUuid(id) && uuidToB64(id) === s ? id : null;
}

export function signDocumentLink(tenantId: string, claims: DocumentLinkClaims, secret: string): string {
  const exp = Math.floor(claims.expiresAt.getTime() / 1000);
  const sig = signature(secret, tenantId, claims.kind, claims.id, exp).toString("base64url");
  return `${DOCUMENT_KINDS[claims.kind]}${uuidToB64(claims.id)}${sig}${exp.toString(36)}`;
}

/**
 * Checks a token for the tenant whose host it was opened on. The signature is
 * checked (in constant time) before the expiry, so an altered expiry reads as
 * "invalid", never as "expired"; no input throws.
 */
export function readDocumentLink(token: string, tenantId: string, secret: string, now = new Date()): DocumentLinkCheck {
  const invalid = { ok: false, reason: "invalid" } as const;
  if (typeof token !== "string" || token.length < 1 + ID_CHARS + SIG_CHARS + 1 || token.length > 1 + ID_CHARS + SIG_CHARS + 11) return invalid;
  const kind = (Object.keys(DOCUMENT_KINDS) as DocumentKind[]).find((k) => DOCUMENT_KINDS[k] === token[0]);
  const id = b64ToUuid(token.slice(1, 1 + ID_CHARS));
  const givenSig = token.slice(1 + ID_CHARS, 1 + ID_CHARS + SIG_CHARS);
  const expText = token.slice(1 + ID_CHARS + SIG_CHARS);
  if (!kind || !id || !/^[A-Za-z0-9_-]{22}$/.test(givenSig) || !/^[0-9a-z]{1,10}$/.test(expText)) return invalid;
  const exp = parseInt(expText, 36);
  if (exp.toString(36) !== expText) return invalid;
  const expected = signature(secret, tenantId, kind, id, exp);
  const given = Buffer.from(givenSig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return invalid;
  const expiresAt = new Date(exp * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, kind, id, expiresAt };
}

/** The expiry of a link sent now. */
export function documentLinkExpiry(now = new Date()): Date {
  return new Date(now.getTime() + DOCUMENT_LINK_TTL_DAYS * 24 * 60 * 60 * 1000);
}

/** The path of a link on the tenant's host (the proxy maps /d/<token> to the tenant's public document page). */
export function documentLinkPath(token: string): string {
  return `/d/${token}`;
}
