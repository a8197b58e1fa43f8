import { env, type Env } from "@/lib/env";
import { clientIpFrom, type ClientIpTrust } from "@/lib/http/client-ip";
import { socketPeerFrom } from "@/lib/http/socket-peer";

/** The deployment's trust model for client addresses (README, "Environment"). */
export function clientIpTrust(config: Pick<Env, "TRUSTED_PROXY_HOPS" | "TRUSTED_CLIENT_IP_HEADER"> = env): ClientIpTrust {
  if (config.TRUSTED_CLIENT_IP_HEADER) return { kind: "header", header: config.TRUSTED_CLIENT_IP_HEADER };
  if (config.TRUSTED_PROXY_HOPS) return { kind: "proxy-hops", hops: config.TRUSTED_PROXY_HOPS };
  return { kind: "socket" };
}

/**
 * Client IP and user agent, for rate limits and the audit log. The IP comes
 * from the hop the deployment trusts (TRUSTED_CLIENT_IP_HEADER,
 * TRUSTED_PROXY_HOPS, else the socket's peer), never from a header any client
 * can set; null when that hop gave no valid address.
 */
export function requestInfo(h: Headers): { ip: string | null; userAgent: string | null } {
  return { ip: clientIpFrom(h, clientIpTrust(), socketPeerFrom(h)), userAgent: h.get("user-agent") };
}

/**
 * The host the browser asked for. Only the Host header counts: the proxy
 * routes on it, so every other layer must decide the tenant from the same value.
 */
export function requestHost(h: Headers): string | null {
  return h.get("host");
}
