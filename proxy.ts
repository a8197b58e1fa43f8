import { NextResponse, type NextRequest } from "next/server";
import { tenantSlugFromHost } from "@/lib/tenancy/subdomain";

const ROOT_DOMAIN = process.env.ROOT_DOMAIN || "localhost";

/**
 * Maps <slug>.<ROOT_DOMAIN>/path to the tenant routes at /t/<slug>/path. It
 * only routes: authentication and authorization happen in every page, action
 * and route handler, which also re-derive the tenant from the Host header.
 */
export function proxy(request: NextRequest) {
  const slug = tenantSlugFromHost(request.headers.get("host"), ROOT_DOMAIN);
  const { pathname, search } = request.nextUrl;
  if (slug) {
    const url = request.nextUrl.clone();
    url.pathname = `/t/${slug}${pathname === "/" ? "" : pathname}`;
    url.search = search;
    return NextResponse.rewrite(url);
  }
  // The rewrite target is internal: the root domain does not serve it.
  if (pathname === "/t" || pathname.startsWith("/t/")) {
    const url = request.nextUrl.clone();
    url.pathname = "/not-found";
    return NextResponse.rewrite(url, { status: 404 });
  }
  return NextResponse.next();
}

export const config = {
  // Everything but API routes, Next's assets and files with an extension.
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.[a-zA-Z0-9]+$).*)"],
};
