import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readSessionClaims, usesSecureCookie } from "./session-cookie";

const SECRET = "unit-test-secret-unit-test-secret-0123";
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";
const claims = { sub: "7b0c1f9e-2a7d-4a59-9a55-0d8c8a5f0e11", tenantId: "d3f1d0b4-5a55-4f0a-8a51-9f0cbe3a1c22", tenantSlug: "demo", sv: 3, name: "Ana", email: "ana@demo.test" };

const header = (cookies: [string, string][]) => cookies.map(([n, v]) => `${n}=${v}`).join("; ");
const token = (salt: string, maxAge = 3600, secret = SECRET) => encode({ token: claims, secret, salt, maxAge });
const expected = { userId: claims.sub, tenantId: claims.tenantId, tenantSlug: "demo", sessionVersion: 3 };

afterEach(() => vi.useRealTimers());

describe("usesSecureCookie (as Auth.js picks the cookie name)", () => {
  it("follows AUTH_URL's scheme when set, else x-forwarded-proto, else https", () => {
    const h = (proto?: string) => new Headers(proto ? { "x-forwarded-proto": proto } : {});
    expect(usesSecureCookie(h("http"), { AUTH_URL: "https://fiberbill.ph" })).toBe(true);
    expect(usesSecureCookie(h("https"), { AUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(usesSecureCookie(h("http"), {})).toBe(false);
    expect(usesSecureCookie(h("https"), {})).toBe(true);
    expect(usesSecureCookie(h(), {})).toBe(true);
  });
});

describe("readSessionClaims", () => {
  it("reads the claims Auth.js wrote, under the cookie name of the request's scheme only", async () => {
    const plain = await token(PLAIN);
    const secure = await token(SECURE);
    expect(await readSessionClaims(header([[PLAIN, plain]]), false, SECRET)).toEqual(expected);
    expect(await readSessionClaims(header([[SECURE, secure]]), true, SECRET)).toEqual(expected);
    // Signed out on https (the __Secure- cookie cleared): a plain cookie left from http does not sign anyone in.
    expect(await readSessionClaims(header([[PLAIN, plain]]), true, SECRET)).toBeNull();
    expect(await readSessionClaims(header([[SECURE, secure]]), false, SECRET)).toBeNull();
  });

  it("joins a token Auth.js split into numbered chunks", async () => {
    const t = await token(PLAIN);
    const third = Math.ceil(t.length / 3);
    // Out of order on purpose: chunks are joined by their number.
    const cookies = header([[`${PLAIN}.2`, t.slice(2 * third)], [`${PLAIN}.0`, t.slice(0, third)], [`${PLAIN}.1`, t.slice(third, 2 * third)], ["other", "x"]]);
    expect(await readSessionClaims(cookies, false, SECRET)).toEqual(expected);
  });

  it("takes the first of a repeated cookie name, as Auth.js does", async () => {
    const good = await token(PLAIN);
    expect(await readSessionClaims(header([[PLAIN, good], [PLAIN, "junk"]]), false, SECRET)).toEqual(expected);
    expect(await readSessionClaims(header([[PLAIN, "junk"], [PLAIN, good]]), false, SECRET)).toBeNull();
  });

  it("refuses a token made with another secret, a token under the wrong name, and a changed byte", async () => {
    expect(await readSessionClaims(header([[PLAIN, await token(PLAIN, 3600, "another-secret-another-secret-01234567")]]), false, SECRET)).toBeNull();
    // The cookie name is the key's salt: a plain-http token pasted into the secure cookie does not decrypt.
    expect(await readSessionClaims(header([[SECURE, await token(PLAIN)]]), true, SECRET)).toBeNull();
    const t = await token(PLAIN);
    const i = t.length - 5;
    const flipped = t.slice(0, i) + (t[i] === "A" ? "B" : "A") + t.slice(i + 1);
    expect(await readSessionClaims(header([[PLAIN, flipped]]), false, SECRET)).toBeNull();
    expect(await readSessionClaims(null, false, SECRET)).toBeNull();
    expect(await readSessionClaims("", false, SECRET)).toBeNull();
  });

  it("does not accept a token remembered under one secret when asked with another", async () => {
    const t = await token(PLAIN);
    expect(await readSessionClaims(header([[PLAIN, t]]), false, SECRET)).toEqual(expected);
    expect(await readSessionClaims(header([[PLAIN, t]]), false, "rotated-secret-rotated-secret-0123456")).toBeNull();
  });

  it("stops accepting a token when it expires, also after it was read (and remembered) once", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-25T00:00:00Z"));
    const t = await token(PLAIN, 60);
    expect(await readSessionClaims(header([[PLAIN, t]]), false, SECRET)).toEqual(expected);
    vi.setSystemTime(new Date("2026-11-25T00:00:30Z"));
    expect(await readSessionClaims(header([[PLAIN, t]]), false, SECRET)).toEqual(expected);
    vi.setSystemTime(new Date("2026-11-25T00:02:00Z"));
    expect(await readSessionClaims(header([[PLAIN, t]]), false, SECRET)).toBeNull();
    expect(await readSessionClaims(header([[PLAIN, await token(PLAIN, -60)]]), false, SECRET)).toBeNull();
  });

  it("gives no claims for a verified token without a tenant", async () => {
    const bare = await encode({ token: { sub: claims.sub }, secret: SECRET, salt: PLAIN });
    expect(await readSessionClaims(header([[PLAIN, bare]]), false, SECRET)).toBeNull();
  });

  it("gives no claims for a token without a session version (issued before sessions could be ended)", async () => {
    const legacy = await encode({ token: { ...claims, sv: undefined }, secret: SECRET, salt: PLAIN });
    expect(await readSessionClaims(header([[PLAIN, legacy]]), false, SECRET)).toBeNull();
    const odd = await encode({ token: { ...claims, sv: "3" }, secret: SECRET, salt: PLAIN });
    expect(await readSessionClaims(header([[PLAIN, odd]]), false, SECRET)).toBeNull();
  });
});
