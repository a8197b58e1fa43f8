import { describe, expect, it } from "vitest";
import { mintResetToken, peekResetToken, RESET_TTL_SECONDS, resetTokenMatches } from "./reset-token";

const SECRET = "reset-token-unit-secret-0123456789";
const binding = { passwordHash: "$argon2id$v=19$m=65536,t=3,p=1$abc$def", sessionVersion: 3 };
const claims = { tid: "11111111-1111-4111-8111-111111111111", uid: "22222222-2222-4222-8222-222222222222" };
const NOW = Date.UTC(2026, 0, 5, 8, 0, 0);

describe("password reset tokens", () => {
  it("verifies for the binding it was minted for, within 30 minutes", () => {
    const token = mintResetToken(claims, binding, SECRET, NOW);
    expect(peekResetToken(token, NOW)).toMatchObject(claims);
    expect(resetTokenMatches(token, binding, SECRET)).toBe(true);
    expect(peekResetToken(token, NOW + (RESET_TTL_SECONDS - 1) * 1000)).not.toBeNull();
    expect(peekResetToken(token, NOW + RESET_TTL_SECONDS * 1000)).toBeNull();
  });

  it("dies when the password or the session version changes, or with another secret", () => {
    const token = mintResetToken(claims, binding, SECRET, NOW);
    expect(resetTokenMatches(token, { ...binding, sessionVersion: 4 }, SECRET)).toBe(false);
    expect(resetTokenMatches(token, { ...binding, passwordHash: `${binding.passwordHash}x` }, SECRET)).toBe(false);
    expect(resetTokenMatches(token, binding, `${SECRET}x`)).toBe(false);
  });

  it("refuses tampered and malformed tokens", () => {
    const token = mintResetToken(claims, binding, SECRET, NOW);
    const [payload, signature] = token.split(".") as [string, string];
    const other = Buffer.from(JSON.stringify({ ...claims, uid: "33333333-3333-4333-8333-333333333333", exp: NOW / 1000 + 60 })).toString("base64url");
    expect(resetTokenMatches(`${other}.${signature}`, binding, SECRET)).toBe(false);
    expect(resetTokenMatches(`${payload}.${signature.slice(1)}`, binding, SECRET)).toBe(false);
    for (const bad of ["", "x", "x.y", `${payload}.${signature}.z`, "a".repeat(2000), `${Buffer.from("[]").toString("base64url")}.sig`]) {
      expect(peekResetToken(bad, NOW)).toBeNull();
    }
  });
});
