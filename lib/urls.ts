import { tenantSlugFromHost } from "@/lib/tenancy/subdomain";

/**
 * Links between the root domain and tenant subdomains keep the scheme and
 * port the browser used: http://demo.localhost:3000 in development,
 * https://demo.fiberbill.ph in production.
 */
export function originFor(slug: string | null, requestHostHeader: string | null, rootDomain: string, proto = "http"): string {
  // x-forwarded-proto comes from the client unless a proxy overwrites it: only a scheme, never text
  // that would turn a link in an email into one to another site.
  if (proto !== "http" && proto !== "https") proto = "https";
  const port = requestHostHeader?.match(/:(\d+)$/)?.[1];
  const host = slug ? `${slug}.${rootDomain}` : rootDomain;
  return `${proto}://${host}${port ? `:${port}` : ""}`;
}

export function isTenantHost(host: string | null, rootDomain: string): boolean {
  return tenantSlugFromHost(host, rootDomain) !== null;
}
