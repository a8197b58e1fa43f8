import { notFound } from "next/navigation";
import { getRequestTenant } from "@/lib/auth/current";

/**
 * Every page under a tenant subdomain. The tenant is the one named by the Host
 * header; the path segment (from the proxy's rewrite) must agree with it, so
 * /t/<other>/... cannot be reached by skipping the proxy.
 */
export default async function TenantLayout({ children, params }: LayoutProps<"/t/[tenant]">) {
  const { tenant: slugFromPath } = await params;
  const tenant = await getRequestTenant();
  if (!tenant || tenant.slug !== slugFromPath) notFound();
  return children;
}
