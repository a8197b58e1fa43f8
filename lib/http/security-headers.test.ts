import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, PERMISSIONS_POLICY, securityHeadersFor, STATIC_SECURITY_HEADERS } from "./security-headers";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("runs only scripts with this response's nonce, in production without eval", () => {
    const csp = directives(contentSecurityPolicy({ nonce: "abc123", dev: false, https: false }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval only in development, where React needs it", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", dev: true, https: false })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("allows inline styles without a nonce (a nonce would switch 'unsafe-inline' off)", () => {
    const styles = directives(contentSecurityPolicy({ nonce: "n", dev: false, https: false })).get("style-src")!;
    expect(styles).toContain("'unsafe-inline'");
    expect(styles.some((s) => s.startsWith("'nonce-"))).toBe(false);
  });

  it("upgrades subresources only when served over https", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", dev: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("securityHeadersFor", () => {
  it("gives pages the nonce policy and PDFs one Chrome's PDF viewer can show", () => {
    const context = { nonce: "n0nce", dev: false, https: false };
    expect(securityHeadersFor("/customers", context)["Content-Security-Policy"]).toContain("'nonce-n0nce'");
    const pdf = directives(securityHeadersFor("/api/pdf/invoices/x", context)["Content-Security-Policy"]!);
    expect(pdf.get("default-src")).toEqual(["'none'"]);
    expect(pdf.get("object-src")).toEqual(["'self'"]);
    expect(pdf.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("adds HSTS over https only, and the static headers always", () => {
    const plain = securityHeadersFor("/", { nonce: "n", dev: false, https: false });
    const secure = securityHeadersFor("/", { nonce: "n", dev: false, https: true });
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    expect(secure["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    for (const headers of [plain, secure]) expect(headers).toMatchObject(STATIC_SECURITY_HEADERS);
    expect(plain["X-Content-Type-Options"]).toBe("nosniff");
    expect(plain["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });
});

describe("PERMISSIONS_POLICY", () => {
  it("keeps geolocation and camera for our own origin and turns the rest off", () => {
    const entries = PERMISSIONS_POLICY.split(", ");
    expect(entries).toContain("geolocation=(self)");
    expect(entries).toContain("camera=(self)");
    expect(entries.filter((e) => !e.endsWith("=()"))).toEqual(["geolocation=(self)", "camera=(self)"]);
    expect(entries).toContain("microphone=()");
  });
});

describe("newNonce", () => {
  it("is 128 random bits, new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});
