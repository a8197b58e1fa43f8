import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { tenantSlugFromHost } from "@/lib/tenancy/subdomain";
import { requestHost } from "./request-info";
import { originFor } from "./urls";

/** The origin of a tenant's workspace (or of the root domain, with null), as this request reached us. */
export async function workspaceOrigin(slug: string | null): Promise<string> {
  const h = await headers();
  const proto = h.get("x-forwarded-proto") ?? (env.NODE_ENV === "production" && !requestHost(h)?.includes("localhost") ? "https" : "http");
  return originFor(slug, requestHost(h), env.ROOT_DOMAIN, proto);
}

/** The origin this request reached (a tenant's or the root domain's), rebuilt from validated parts of the Host header. */
export async function currentOrigin(): Promise<string> {
  return workspaceOrigin(tenantSlugFromHost(requestHost(await headers()), env.ROOT_DOMAIN));
}
