import { requestHost } from "@/lib/request-info";

/**
 * Whether a state-changing request comes from a page of the host it was sent
 * to (CSRF defence for route handlers; Next checks server actions the same
 * way). Browsers send Origin with every POST; "null" (a sandboxed frame, a
 * cross-site redirect) and another host, a sibling tenant's subdomain
 * included, do not match. Without Origin, Sec-Fetch-Site must say
 * same-origin; a request with neither is refused.
 */
export function isSameOrigin(headers: Headers): boolean {
  const host = requestHost(headers);
  if (!host) return false;
  const origin = headers.get("origin");
  if (origin !== null) {
    try {
      return new URL(origin).host === host.toLowerCase();
    } catch {
      return false;
    }
  }
  return headers.get("sec-fetch-site") === "same-origin";
}
