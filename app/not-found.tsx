import Link from "next/link";
import { headers } from "next/headers";
import { Logo } from "@/components/brand/logo";
import { Button } from "@/components/ui/button";
import { env } from "@/lib/env";
import { requestHost } from "@/lib/request-info";
import { workspaceOrigin } from "@/lib/request-origin";
import { tenantSlugFromHost } from "@/lib/tenancy/subdomain";

/** 404 for unknown pages, and for subdomains that belong to no ISP (with a way to claim it). */
export default async function NotFound() {
  const host = requestHost(await headers());
  const slug = tenantSlugFromHost(host, env.ROOT_DOMAIN);
  const root = await workspaceOrigin(null);
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-6 px-4 text-center">
      <Logo />
      <h1 className="text-2xl font-semibold tracking-tight">{slug ? "No workspace here" : "Page not found"}</h1>
      <p className="text-muted-foreground">
        {slug
          ? `There is no FiberBill workspace at ${host?.replace(/:\d+$/, "")}. Check the address, or create this workspace for your ISP.`
          : "The page you asked for does not exist."}
      </p>
      <div className="flex gap-2">
        <Button asChild>
          <a href={`${root}/#signup`}>Sign up your ISP</a>
        </Button>
        <Button asChild variant="outline">
          {slug ? <a href={`${root}/find-workspace`}>Find your workspace</a> : <Link href="/">Home</Link>}
        </Button>
      </div>
    </main>
  );
}
