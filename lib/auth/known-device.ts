import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A "known device" cookie (OWASP's device-cookie pattern against lockout):
 * after a successful sign-in to an account, the browser gets a signed cookie
 * naming that account and a random device id. A later sign-in attempt to the
 * same account that presents it is counted in that device's own bucket (see
 * lib/rate-limit/login-limiter.ts), so failures from everywhere else do not
 * slow the account's owner down. It proves only that this browser once knew
 * the password; it signs no one in.
 *
 * One cookie per account (its name carries a keyed hash of the account, so
 * several staff can share a counter PC), host-only on the tenant's subdomain,
 * HttpOnly, SameSite=Lax, `__Host-` and Secure on https.
 */
export const KNOWN_DEVICE_DAYS = 30;

export type CookieSpec = {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: "lax"; secure: boolean; path: "/"; maxAge: number };
};

const mac = (secret: string, label: string, text: string) => createHmac("sha256", `known-device:${label}:${secret}`).update(text).digest("base64url");

/** The account a cookie belongs to: the workspace and the email, as the sign-in form gives them. */
export function deviceAccount(slug: string, email: string): string {
  return `${slug}:${email.trim().toLowerCase()}`;
}

export function knownDeviceCookieName(account: string, secret: string, secure: boolean): string {
  return `${secure ? "__Host-" : ""}fb-device-${mac(secret, "name", account).slice(0, 16)}`;
}

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The device id of a valid, unexpired cookie for `account` in this Cookie header, or null. */
export function readKnownDevice(cookieHeader: string | null, account: string, secret: string, secure: boolean, now = Date.now()): string | null {
  const value = cookieValue(cookieHeader, knownDeviceCookieName(account, secret, secure));
  const [deviceId, exp, signature] = value?.split(".") ?? [];
  if (!deviceId || !exp || !signature || !/^\d+$/.test(exp)) return null;
  const expected = Buffer.from(mac(secret, "value", `${account}\n${deviceId}\n${exp}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(exp) * 1000 > now ? deviceId : null;
}

/** The cookie to set after a successful sign-in: the device's id kept if it had one, its expiry renewed. */
export function knownDeviceCookie(account: string, deviceId: string | null, secret: string, secure: boolean, now = Date.now()): CookieSpec {
  const id = deviceId ?? randomBytes(16).toString("base64url");
  const maxAge = KNOWN_DEVICE_DAYS * 24 * 60 * 60;
  const exp = Math.floor(now / 1000) + maxAge;
  return {
    name: knownDeviceCookieName(account, secret, secure),
    value: `${id}.${exp}.${mac(secret, "value", `${account}\n${id}\n${exp}`)}`,
    options: { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge },
  };
}
