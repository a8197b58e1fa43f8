import { describe, expect, it } from "vitest";
import { clientIpFrom, normalizeIp } from "./client-ip";

describe("normalizeIp", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    [" 203.0.113.9 ", "203.0.113.9"],
    ["203.0.113.9:51234", "203.0.113.9"],
    ["::ffff:203.0.113.9", "203.0.113.9"],
    ["::FFFF:203.0.113.9", "203.0.113.9"],
    ["::ffff:cb00:7109", "203.0.113.9"],
    ["0:0:0:0:0:ffff:cb00:7109", "203.0.113.9"],
    ["[::ffff:127.0.0.1]:443", "127.0.0.1"],
    ["2001:db8::1", "2001:db8::1"],
    ["2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"],
    ["[2001:db8::1]", "2001:db8::1"],
    ["[2001:db8::1]:8443", "2001:db8::1"],
    ["fe80::1%eth0", "fe80::1"],
    ["::1", "::1"],
    ["::", "::"],
    ["1::", "1::"],
    ["64:ff9b::192.0.2.33", "64:ff9b::c000:221"],
  ])("%j is %j", (raw, expected) => {
    expect(normalizeIp(raw)).toBe(expected);
  });

  it.each(["", "unknown", "localhost", "203.0.113", "203.0.113.256", "203.0.113.9.1", "01.2.3.4", "1.2.3.4/24", "2001:db8::1::2", "2001:db8:::1", "gggg::1", "203.0.113.9, 198.51.100.7", "<script>", "1".repeat(80)])(
    "%j is not an address",
    (raw) => {
      expect(normalizeIp(raw)).toBeNull();
    },
  );
});

describe("clientIpFrom", () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it("uses the socket's peer by default, whatever X-Forwarded-For and X-Real-IP say", () => {
    const h = headers({ "x-forwarded-for": "198.51.100.7", "x-real-ip": "198.51.100.8" });
    expect(clientIpFrom(h, { kind: "socket" }, "::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(clientIpFrom(h, { kind: "socket" }, null)).toBeNull();
  });

  it("takes the Nth address from the right of X-Forwarded-For behind N proxies", () => {
    // The client wrote the first two; proxy 1 appended the client's address, proxy 2 appended proxy 1's.
    const h = headers({ "x-forwarded-for": "6.6.6.6, 7.7.7.7, 203.0.113.9, 10.0.0.2" });
    expect(clientIpFrom(h, { kind: "proxy-hops", hops: 1 }, "10.0.0.3")).toBe("10.0.0.2");
    expect(clientIpFrom(h, { kind: "proxy-hops", hops: 2 }, "10.0.0.3")).toBe("203.0.113.9");
    expect(clientIpFrom(headers({ "x-forwarded-for": "6.6.6.6,203.0.113.9" }), { kind: "proxy-hops", hops: 1 }, null)).toBe("203.0.113.9");
  });

  it("reads repeated X-Forwarded-For headers in order", () => {
    const h = new Headers();
    h.append("x-forwarded-for", "6.6.6.6");
    h.append("x-forwarded-for", "203.0.113.9");
    expect(clientIpFrom(h, { kind: "proxy-hops", hops: 1 }, null)).toBe("203.0.113.9");
  });

  it("gives no address when the trusted hop is missing or is not an address", () => {
    expect(clientIpFrom(headers({}), { kind: "proxy-hops", hops: 1 }, "203.0.113.9")).toBeNull();
    expect(clientIpFrom(headers({ "x-forwarded-for": "203.0.113.9" }), { kind: "proxy-hops", hops: 2 }, null)).toBeNull();
    expect(clientIpFrom(headers({ "x-forwarded-for": "203.0.113.9, unknown" }), { kind: "proxy-hops", hops: 1 }, null)).toBeNull();
  });

  it("reads a platform header that holds one address, and nothing else", () => {
    const trust = { kind: "header", header: "x-vercel-forwarded-for" } as const;
    expect(clientIpFrom(headers({ "x-vercel-forwarded-for": "2001:DB8::7", "x-forwarded-for": "6.6.6.6" }), trust, null)).toBe("2001:db8::7");
    expect(clientIpFrom(headers({ "x-forwarded-for": "203.0.113.9" }), trust, "203.0.113.9")).toBeNull();
    expect(clientIpFrom(headers({ "x-vercel-forwarded-for": "6.6.6.6, 203.0.113.9" }), trust, null)).toBeNull();
  });
});
