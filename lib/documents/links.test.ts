import { describe, expect, it } from "vitest";
import { documentLinkExpiry, readDocumentLink, signDocumentLink } from "./links";

const SECRET = "test-secret";
const TENANT = "0b6f3c1e-8a2d-4e5f-9a7b-1c2d3e4f5a6b";
const OTHER = "1c7a4d2f-9b3e-4f60-8b8c-2d3e4f5a6b7c";
const ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
const NOW = new Date("2026-04-01T00:00:00Z");

describe("document links", () => {
  const token = signDocumentLink(TENANT, { kind: "invoice", id: ID, expiresAt: documentLinkExpiry(NOW) }, SECRET);

  it("is short, has no dot (the proxy routes it as a page) and reads back", () => {
    expect(token.length).toBeLessThanOrEqual(55);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(readDocumentLink(token, TENANT, SECRET, NOW)).toMatchObject({ ok: true, kind: "invoice", id: ID });
  });

  it("expires", () => {
    const later = new Date(NOW.getTime() + 31 * 86_400_000);
    expect(readDocumentLink(token, TENANT, SECRET, later)).toEqual({ ok: false, reason: "expired" });
  });

  it("does not verify for another tenant, another secret, or with any character changed", () => {
    expect(readDocumentLink(token, OTHER, SECRET, NOW)).toEqual({ ok: false, reason: "invalid" });
    expect(readDocumentLink(token, TENANT, "other-secret", NOW)).toEqual({ ok: false, reason: "invalid" });
    for (let i = 0; i < token.length; i++) {
      const c = token[i] === "a" ? "b" : "a";
      const changed = token.slice(0, i) + c + token.slice(i + 1);
      expect(readDocumentLink(changed, TENANT, SECRET, NOW).ok, `position ${i}`).toBe(false);
    }
  });

  it("a later expiry with the old signature is invalid, not merely expired", () => {
    const exp = Math.floor(NOW.getTime() / 1000) - 10;
    const old = signDocumentLink(TENANT, { kind: "invoice", id: ID, expiresAt: new Date(exp * 1000) }, SECRET);
    expect(readDocumentLink(old, TENANT, SECRET, NOW)).toEqual({ ok: false, reason: "expired" });
    const extended = old.slice(0, 45) + (exp + 86_400 * 365).toString(36);
    expect(readDocumentLink(extended, TENANT, SECRET, NOW)).toEqual({ ok: false, reason: "invalid" });
  });

  it("a receipt link is not an invoice link", () => {
    const receipt = signDocumentLink(TENANT, { kind: "receipt", id: ID, expiresAt: documentLinkExpiry(NOW) }, SECRET);
    expect(readDocumentLink(receipt, TENANT, SECRET, NOW)).toMatchObject({ ok: true, kind: "receipt" });
    expect(readDocumentLink(`i${receipt.slice(1)}`, TENANT, SECRET, NOW)).toEqual({ ok: false, reason: "invalid" });
  });

  it.each(["", "x", "i", ".", "../etc/passwd", "i".repeat(500), `${token}.pdf`, `${token}zzzzzzzzzzzz`])("refuses %j without throwing", (bad) => {
    expect(readDocumentLink(bad, TENANT, SECRET, NOW).ok).toBe(false);
  });
});
