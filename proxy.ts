import { NextResponse, type NextRequest } from "next/server";
import { malformedRequest } from "@/lib/http/request-shape";
import { newNonce, securityHeadersFor } from "@/lib/http/security-headers";
import { tenantSlugFromHost } from "@/lib/tenancy/subdomain";

const ROOT_DOMAIN = process.env.ROOT_DOMAIN || "localhost";
// next.config.ts `experimental.serverActions.bodySizeLimit` (8 MB): Next answers a larger action with a 500.
const ACTION_BODY_LIMIT = 8 * 1024 * 1024;

/**
 * Every request but build assets passes here, to:
 * - refuse malformed requests Next would answer with a 500 (lib/http/request-shape.ts);
 * - give the response its security headers, with a fresh nonce in the
 *   Content-Security-Policy. Next.js reads that nonce back from the request's
 *   policy header and puts it on its own scripts; the root layout passes it on
 *   (x-nonce) to next-themes' inline script;
 * - map <slug>.<ROOT_DOMAIN>/path to the tenant routes at /t/<slug>/path.
 * It only routes: authentication and authorization happen in every page,
 * action and route handler, which also re-derive the tenant from the Host header.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const headers = securityHeadersFor(pathname, {
    nonce: newNonce(),
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
  });
  const csp = headers["Content-Security-Policy"]!;
  const respond = (response: NextResponse) => {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  };

  const problem = await malformedRequest({
    method: request.method,
    pathname,
    search,
    headers: request.headers,
    body: async () => request,
    bodySizeLimit: ACTION_BODY_LIMIT,
  });
  if (problem) return respond(new NextResponse(problem.message, { status: problem.status, headers: { "Content-Type": "text/plain; charset=utf-8" } }));

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", /'nonce-([^']+)'/.exec(csp)?.[1] ?? "");
  const forward = { request: { headers: requestHeaders } };

  const slug = tenantSlugFromHost(request.headers.get("host"), ROOT_DOMAIN);
  if (slug && isPageRoute(pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = `/t/${slug}${pathname === "/" ? "" : pathname}`;
    url.search = search;
    return respond(NextResponse.rewrite(url, forward));
  }
  // The rewrite target is internal: the root domain does not serve it.
  if (pathname === "/t" || pathname.startsWith("/t/")) {
    const url = request.nextUrl.clone();
    url.pathname = "/not-found";
    return respond(NextResponse.rewrite(url, { ...forward, status: 404 }));
  }
  return respond(NextResponse.next(forward));
}

/** Tenant pages; API routes and files (icon.svg, public/) are the same on every host. */
function isPageRoute(pathname: string): boolean {
  return !pathname.startsWith("/api/") && !/\.[a-zA-Z0-9]+$/.test(pathname);
}

export const config = {
  // Everything but Next's build assets (immutable files, never a page): next.config.ts gives them the static headers.
  matcher: ["/((?!_next/).*)"],
};
