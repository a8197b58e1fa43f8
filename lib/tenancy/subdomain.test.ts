import { describe, expect, it } from "vitest";
import { slugProblem, suggestSlug, tenantSlugFromHost } from "./subdomain";

describe("slugProblem", () => {
  it.each([
    ["cdo-fiber", null],
    ["abc", null],
    ["isp2026", null],
    ["a".repeat(30), null],
    ["ab", "too_short"],
    ["a".repeat(31), "too_long"],
    ["CDO", "invalid_characters"],
    ["cdo_fiber", "invalid_characters"],
    ["cdo.fiber", "invalid_characters"],
    ["cdo fiber", "invalid_characters"],
    ["ñfiber", "invalid_characters"],
    ["-cdo", "edge_hyphen"],
    ["cdo-", "edge_hyphen"],
    ["cdo--fiber", "double_hyphen"],
    ["www", "reserved"],
    ["admin", "reserved"],
    ["api", "reserved"],
    ["login", "reserved"],
  ])("%s -> %s", (slug, problem) => {
    expect(slugProblem(slug)).toBe(problem);
  });
});

describe("suggestSlug", () => {
  it.each([
    ["Bukidnon Fiber Net, Inc.", "bukidnon-fiber-net-inc"],
    ["  CDO  Fiber  ", "cdo-fiber"],
    ["Niño's Net & Cable", "nino-s-net-and-cable"],
    ["Iligan Fiber Internet Service Provider Corporation", "iligan-fiber-internet-service"],
    ["!!!", ""],
  ])("%s -> %s", (name, slug) => {
    expect(suggestSlug(name)).toBe(slug);
  });
  it("never suggests a trailing hyphen after truncation", () => {
    expect(suggestSlug("abcdefghij abcdefghij abcdefgh xyz")).not.toMatch(/-$/);
  });
});

describe("tenantSlugFromHost", () => {
  it.each<[string | null, string, string | null]>([
    ["demo.localhost:3000", "localhost", "demo"],
    ["demo.localhost", "localhost", "demo"],
    ["DEMO.LOCALHOST:3000", "localhost", "demo"],
    ["localhost:3000", "localhost", null],
    ["www.localhost:3000", "localhost", null],
    ["a.b.localhost", "localhost", null],
    ["demo.fiberbill.ph", "fiberbill.ph", "demo"],
    ["fiberbill.ph", "fiberbill.ph", null],
    ["demo.evil.ph", "fiberbill.ph", null],
    ["demofiberbill.ph", "fiberbill.ph", null],
    [null, "localhost", null],
  ])("%s on %s -> %s", (host, root, slug) => {
    expect(tenantSlugFromHost(host, root)).toBe(slug);
  });
});
