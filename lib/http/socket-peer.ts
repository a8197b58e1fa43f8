import { randomBytes, timingSafeEqual } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/**
 * The TCP peer of each request, where the app can read it.
 *
 * `next start` (Next 16) hands route handlers, server components and actions
 * only headers, never the socket. It does fill X-Forwarded-For from the socket,
 * but with `??=` (next/dist/server/base-server.js): a client that sends its
 * own X-Forwarded-For keeps it, and the peer is lost. The proxy (proxy.ts)
 * cannot help: it runs after that line and sees the same headers.
 *
 * Node publishes every request its HTTP server accepts on the
 * "http.server.request.start" diagnostics channel, with the socket, before
 * any listener (so before Next) sees it. A subscriber stamps the peer into a
 * header of its own, overwriting whatever the client sent under that name.
 * The stamp carries a random token of this process: requests accepted before
 * the subscription (the first moments after start-up) pass a client's forged
 * copy through unstamped, and the token tells those apart.
 */
export const SOCKET_PEER_HEADER = "x-fiberbill-socket-peer";

const TOKEN = Symbol.for("fiberbill.socket-peer-token");
type GlobalWithToken = typeof globalThis & { [TOKEN]?: string };

/** Starts stamping; called once at server start (instrumentation.ts). Safe to call again. */
export function stampSocketPeers(): void {
  const g = globalThis as GlobalWithToken;
  if (g[TOKEN]) return;
  const token = randomBytes(16).toString("hex");
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[SOCKET_PEER_HEADER] = `${token} ${socket.remoteAddress ?? ""}`;
  });
  g[TOKEN] = token;
}

/** The peer address stamped into these headers by this process, or null (not stamped, or stamped by someone else). */
export function socketPeerFrom(headers: Headers): string | null {
  const token = (globalThis as GlobalWithToken)[TOKEN];
  const value = headers.get(SOCKET_PEER_HEADER);
  if (!token || !value) return null;
  const [given = "", address = ""] = value.split(" ");
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  return address || null;
}
