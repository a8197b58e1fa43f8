import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const h = (init: Record<string, string>) => new Headers(init);

describe("isSameOrigin", () => {
  it("accepts a POST from a page of the same host, port included", () => {
    expect(isSameOrigin(h({ host: "demo.localhost:3000", origin: "http://demo.localhost:3000" }))).toBe(true);
    expect(isSameOrigin(h({ host: "demo.fiberbill.ph", origin: "https://demo.fiberbill.ph" }))).toBe(true);
  });

  it("refuses another site, a sibling tenant's subdomain, another port and an opaque origin", () => {
    expect(isSameOrigin(h({ host: "demo.fiberbill.ph", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(h({ host: "demo.fiberbill.ph", origin: "https://other.fiberbill.ph" }))).toBe(false);
    expect(isSameOrigin(h({ host: "demo.localhost:3000", origin: "http://demo.localhost:4000" }))).toBe(false);
    expect(isSameOrigin(h({ host: "demo.fiberbill.ph", origin: "null" }))).toBe(false);
    expect(isSameOrigin(h({ host: "demo.fiberbill.ph", origin: "not a url" }))).toBe(false);
  });

  it("without Origin, goes by Sec-Fetch-Site, and refuses a request with neither", () => {
    expect(isSameOrigin(h({ host: "demo.fiberbill.ph", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOrigin(h({ host: "demo.fiberbill.ph", "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOrigin(h({ host: "demo.fiberbill.ph" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "https://demo.fiberbill.ph" }))).toBe(false);
  });
});
