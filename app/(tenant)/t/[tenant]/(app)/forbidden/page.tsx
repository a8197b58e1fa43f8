import type { Metadata } from "next";
import Link from "next/link";
import { ShieldX } from "lucide-react";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current";
import { isPermission, permissionLabel } from "@/lib/permissions/catalog";

export const metadata: Metadata = { title: "No access" };

export default async function ForbiddenPage({ searchParams }: PageProps<"/t/[tenant]/forbidden">) {
  const { user } = await requireUser();
  const { need } = await searchParams;
  const label = typeof need === "string" && isPermission(need) ? permissionLabel(need) : undefined;
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-4 py-16 text-center">
      <ShieldX className="size-10 text-muted-foreground" aria-hidden />
      <h1 className="text-xl font-semibold">You do not have access to this page</h1>
      {need === "owner" ? (
        <p className="text-muted-foreground">Only the account owner can open this page: no role grants it.</p>
      ) : (
        <p className="text-muted-foreground">
          Your role ({user.roleName ?? "none"}) does not include {label ? <strong>{label}</strong> : "this permission"}. Ask
          the account owner or an administrator if you need it.
        </p>
      )}
      <Button asChild variant="outline">
        <Link href="/dashboard">Back to the dashboard</Link>
      </Button>
    </div>
  );
}
