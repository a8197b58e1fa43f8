import { isIPv4, isIPv6 } from "node:net";

/**
 * Whom to believe about the client's address. Every request header can be
 * written by the client, so an address is only as good as the hop that wrote
 * it: the deployment says which hop that is.
 *
 * - `socket`: nothing in front of the app that we trust; the TCP peer is the
 *   client (read from the socket, see socket-peer.ts).
 * - `proxy-hops`: N reverse proxies we run, each appending the address it
 *   received the request from to X-Forwarded-For. The client's address is the
 *   Nth from the right; everything left of it came from the client.
 * - `header`: a platform or proxy that overwrites one header with the client's
 *   address (Vercel's x-vercel-forwarded-for, nginx's X-Real-IP set with
 *   `proxy_set_header X-Real-IP $remote_addr`).
 */
export type ClientIpTrust = { kind: "socket" } | { kind: "proxy-hops"; hops: number } | { kind: "header"; header: string };

/**
 * The client's address under `trust`, canonical (see normalizeIp), or null
 * when the trusted source does not hold exactly one valid address. Null is
 * never replaced by a less trusted source: a missing hop means the request
 * did not come the way the deployment says requests come.
 */
export function clientIpFrom(headers: Headers, trust: ClientIpTrust, socketPeer: string | null): string | null {
  switch (trust.kind) {
    case "socket":
      return socketPeer === null ? null : normalizeIp(socketPeer);
    case "proxy-hops": {
      // Repeated headers arrive joined with ", " in order, so one split covers them.
      const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim());
      if (hops.length === 1 && hops[0] === "") return null;
      const hop = hops[hops.length - trust.hops];
      return hop === undefined ? null : normalizeIp(hop);
    }
    case "header": {
      const value = headers.get(trust.header);
      // One address, not a list: a list means a hop we do not know added to it.
      return value === null || value.includes(",") ? null : normalizeIp(value);
    }
  }
}

/**
 * One textual form per address, so a rate-limit key cannot be dodged by
 * respelling it: IPv4 as is; IPv4-mapped IPv6 ("::ffff:203.0.113.9", as a
 * dual-stack socket reports IPv4 clients) as the IPv4 address; other IPv6 in
 * RFC 5952 form (lower case, no leading zeros, the longest run of zero groups
 * as "::"), without a zone. Ports ("203.0.113.9:5120", "[2001:db8::1]:443",
 * as some load balancers write them) are dropped. Anything else is null.
 */
export function normalizeIp(raw: string): string | null {
  let text = raw.trim();
  if (text.length === 0 || text.length > 64) return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  if (isIPv4(text)) return text;
  text = text.replace(/%[\w.-]+$/, "");
  if (!isIPv6(text)) return null;
  const groups = ipv6Groups(text.toLowerCase());
  if (groups === null) return null;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `${groups[6]! >> 8}.${groups[6]! & 0xff}.${groups[7]! >> 8}.${groups[7]! & 0xff}`;
  }
  return compressIpv6(groups);
}

/** The eight 16-bit groups of an address net.isIPv6 has accepted. */
function ipv6Groups(text: string): number[] | null {
  // An embedded IPv4 tail ("::ffff:203.0.113.9") becomes its two hex groups.
  const hex = text.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a: string, b: string, c: string, d: string) =>
    [(Number(a) << 8) | Number(b), (Number(c) << 8) | Number(d)].map((g) => g.toString(16)).join(":"),
  );
  const [left, right] = hex.split("::") as [string, string | undefined];
  const parse = (part: string | undefined) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const head = parse(left);
  const tail = parse(right);
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (right === undefined && missing !== 0)) return null;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function compressIpv6(groups: number[]): string {
  // The longest run of two or more zero groups becomes "::" (the first, on a tie).
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.length < 2) return hex.join(":");
  return `${hex.slice(0, best.start).join(":")}::${hex.slice(best.start + best.length).join(":")}`;
}
