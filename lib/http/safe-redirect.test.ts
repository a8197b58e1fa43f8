import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./safe-redirect";

const ORIGIN = "http://demo.localhost:3000";

describe("sameOriginPath", () => {
  it.each([
    ["/", "/"],
    ["/customers", "/customers"],
    ["/customers?status=active&q=juan#top", "/customers?status=active&q=juan#top"],
    ["/billing/invoices/6b1f6a38-1f1c-4f5e-9b0e-0c1d2e3f4a5b", "/billing/invoices/6b1f6a38-1f1c-4f5e-9b0e-0c1d2e3f4a5b"],
    ["http://demo.localhost:3000/payments", "/payments"],
    // Relative forms resolve against the origin's root and stay on it.
    ["customers", "/customers"],
    ["./customers", "/customers"],
    ["/a/../customers", "/customers"],
    ["?page=2", "/?page=2"],
    // Encoded slashes are a path segment, not a host.
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    // What the browser would strip is stripped here too, before the checks.
    ["  /customers  ", "/customers"],
    ["/customers\n", "/customers"],
    // A same-scheme URL without slashes is a path on this origin.
    ["http:/evil.example", "/evil.example"],
    ["/@evil.example", "/@evil.example"],
  ])("keeps %j as %j", (input, expected) => {
    expect(sameOriginPath(input, ORIGIN)).toBe(expected);
  });

  it.each([
    // Another host, spelled the ways browsers accept.
    "//evil.example",
    "///evil.example",
    "////evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    // Paths that normalise to "//host".
    "/.//evil.example",
    "/%2e//evil.example",
    "/%2E%2E//evil.example",
    "/..//evil.example",
    "/a/../..//evil.example",
    // Absolute URLs elsewhere, other schemes, userinfo tricks.
    "https://evil.example",
    "http://evil.example/customers",
    "https://demo.localhost:3000/customers",
    "http://demo.localhost:3001/customers",
    "http://demo.localhost:3000@evil.example/",
    "http://user:pass@demo.localhost:3000/customers",
    "//demo.localhost:3000@evil.example",
    "http://evil.example\\@demo.localhost:3000/",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "mailto:a@evil.example",
    // Not a target at all.
    "",
    "/".repeat(3000),
  ])("refuses %j", (input) => {
    expect(sameOriginPath(input, ORIGIN)).toBeNull();
  });

  it("refuses what is not a string", () => {
    for (const input of [undefined, null, 42, ["/customers"], { toString: () => "/customers" }]) {
      expect(sameOriginPath(input, ORIGIN)).toBeNull();
    }
  });

  it("refuses everything when the origin itself is not a URL", () => {
    expect(sameOriginPath("/customers", "not an origin")).toBeNull();
  });

  it("gives back a path that stays on the origin when resolved again from any page", () => {
    for (const input of ["/customers", "customers", "/a/../b?c=d#e", "%2F%2Fx", "/%5Cx", "http:/x"]) {
      const path = sameOriginPath(input, ORIGIN)!;
      for (const page of [`${ORIGIN}/`, `${ORIGIN}/login`, `${ORIGIN}/a/b/c?x=1`]) {
        expect(new URL(path, page).origin).toBe(ORIGIN);
      }
    }
  });
});
