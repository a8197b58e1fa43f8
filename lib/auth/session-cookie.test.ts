import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readSessionClaims } from "./session-cookie";

const SECRET = "unit-test-secret-unit-test-secret-0123";
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";
const claims = { sub: "7b0c1f9e-2a7d-4a59-9a55-0d8c8a5f0e11", tenantId: "d3f1d0b4-5a55-4f0a-8a51-9f0cbe3a1c22", tenantSlug: "demo", name: "Ana", email: "ana@demo.test" };

function jar(values: Record<string, string>) {
  const all = Object.entries(values).map(([name, value]) => ({ name, value }));
  return { get: (name: string) => all.find((c) => c.name === name), getAll: () => all };
}
const token = (salt: string, maxAge = 3600, secret = SECRET) => encode({ token: claims, secret, salt, maxAge });
const expected = { userId: claims.sub, tenantId: claims.tenantId, tenantSlug: "demo" };

afterEach(() => vi.useRealTimers());

describe("readSessionClaims", () => {
  it("reads the claims Auth.js wrote, on http and https cookie names", async () => {
    expect(await readSessionClaims(jar({ [PLAIN]: await token(PLAIN) }), SECRET)).toEqual(expected);
    expect(await readSessionClaims(jar({ [SECURE]: await token(SECURE) }), SECRET)).toEqual(expected);
  });

  it("joins a token Auth.js split into numbered chunks", async () => {
    const t = await token(PLAIN);
    const third = Math.ceil(t.length / 3);
    // Out of order on purpose: chunks are joined by their number.
    const cookies = jar({ [`${PLAIN}.2`]: t.slice(2 * third), [`${PLAIN}.0`]: t.slice(0, third), [`${PLAIN}.1`]: t.slice(third, 2 * third), other: "x" });
    expect(await readSessionClaims(cookies, SECRET)).toEqual(expected);
  });

  it("refuses a token made with another secret, a token under the wrong name, and a changed byte", async () => {
    expect(await readSessionClaims(jar({ [PLAIN]: await token(PLAIN, 3600, "another-secret-another-secret-01234567") }), SECRET)).toBeNull();
    // The cookie name is the key's salt: a plain-http token pasted into the secure cookie does not decrypt.
    expect(await readSessionClaims(jar({ [SECURE]: await token(PLAIN) }), SECRET)).toBeNull();
    const t = await token(PLAIN);
    const i = t.length - 5;
    const flipped = t.slice(0, i) + (t[i] === "A" ? "B" : "A") + t.slice(i + 1);
    expect(await readSessionClaims(jar({ [PLAIN]: flipped }), SECRET)).toBeNull();
    expect(await readSessionClaims(jar({}), SECRET)).toBeNull();
  });

  it("stops accepting a token when it expires, also after it was read (and remembered) once", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-25T00:00:00Z"));
    const t = await token(PLAIN, 60);
    expect(await readSessionClaims(jar({ [PLAIN]: t }), SECRET)).toEqual(expected);
    vi.setSystemTime(new Date("2026-11-25T00:00:30Z"));
    expect(await readSessionClaims(jar({ [PLAIN]: t }), SECRET)).toEqual(expected);
    vi.setSystemTime(new Date("2026-11-25T00:02:00Z"));
    expect(await readSessionClaims(jar({ [PLAIN]: t }), SECRET)).toBeNull();
    expect(await readSessionClaims(jar({ [PLAIN]: await token(PLAIN, -60) }), SECRET)).toBeNull();
  });

  it("gives no claims for a verified token without a tenant", async () => {
    const bare = await encode({ token: { sub: claims.sub }, secret: SECRET, salt: PLAIN });
    expect(await readSessionClaims(jar({ [PLAIN]: bare }), SECRET)).toBeNull();
  });
});
