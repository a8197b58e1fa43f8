import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { SOCKET_PEER_HEADER, socketPeerFrom, stampSocketPeers } from "./socket-peer";

type RequestInfo = { ip: string | null; userAgent: string | null };

/**
 * A real node:http server answering with what requestInfo makes of each
 * request, as route handlers and actions see it under `next start`: the
 * headers only, after the diagnostics-channel stamp.
 */
describe("client IP from a real socket", () => {
  let server: http.Server;
  let port = 0;

  beforeAll(async () => {
    stampSocketPeers();
    server = http.createServer((req, res) => {
      void (async () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) for (const v of [value ?? []].flat()) headers.append(name, v);
        const { requestInfo } = await import("@/lib/request-info");
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify(requestInfo(headers)));
      })();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  function ask(headers: Record<string, string>, localAddress = "127.0.0.1"): Promise<RequestInfo> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, path: "/", headers, localAddress }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve(JSON.parse(body) as RequestInfo));
      });
      req.on("error", reject);
      req.end();
    });
  }

  const forged = { "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7", [SOCKET_PEER_HEADER]: "00000000000000000000000000000000 8.8.8.8", "user-agent": "probe" };

  it("by default is the socket's peer: forged X-Forwarded-For, X-Real-IP and stamp headers change nothing", async () => {
    expect(await ask({})).toEqual({ ip: "127.0.0.1", userAgent: null });
    expect(await ask(forged)).toEqual({ ip: "127.0.0.1", userAgent: "probe" });
    expect(await ask({ "x-forwarded-for": "9.9.9.9, 6.6.6.6" })).toMatchObject({ ip: "127.0.0.1" });
    // Another local address is another client: the value really comes from the socket.
    expect(await ask(forged, "127.0.0.2")).toMatchObject({ ip: "127.0.0.2" });
  });

  it("with TRUSTED_PROXY_HOPS=1 is the address our proxy appended, not the client's own entries", async () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    vi.resetModules();
    expect(await ask({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" })).toMatchObject({ ip: "198.51.100.7" });
    expect(await ask({ "x-forwarded-for": "198.51.100.7" })).toMatchObject({ ip: "198.51.100.7" });
  });

  it("with TRUSTED_CLIENT_IP_HEADER is that header's address", async () => {
    vi.stubEnv("TRUSTED_CLIENT_IP_HEADER", "X-Real-IP");
    vi.resetModules();
    expect(await ask(forged)).toMatchObject({ ip: "7.7.7.7" });
    expect(await ask({ "x-forwarded-for": "6.6.6.6" })).toMatchObject({ ip: null });
  });
});

describe("socketPeerFrom", () => {
  it("trusts only a stamp carrying this process's token", () => {
    stampSocketPeers();
    expect(socketPeerFrom(new Headers())).toBeNull();
    expect(socketPeerFrom(new Headers({ [SOCKET_PEER_HEADER]: "203.0.113.9" }))).toBeNull();
    expect(socketPeerFrom(new Headers({ [SOCKET_PEER_HEADER]: "0123456789abcdef0123456789abcdef 203.0.113.9" }))).toBeNull();
  });
});
