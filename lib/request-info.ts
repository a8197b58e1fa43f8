/** Client IP and user agent from request headers (the first X-Forwarded-For hop is the client behind a proxy). */
export function requestInfo(h: Headers): { ip: string | null; userAgent: string | null } {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || h.get("x-real-ip") || null;
  return { ip, userAgent: h.get("user-agent") };
}

/**
 * The host the browser asked for. Only the Host header counts: the proxy
 * routes on it, so every other layer must decide the tenant from the same value.
 */
export function requestHost(h: Headers): string | null {
  return h.get("host");
}
