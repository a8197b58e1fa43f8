import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { getConnection } from "@/db/client";
import { getRequestTenant } from "@/lib/auth/current";
import { checkResetLink, LINK_INVALID } from "@/lib/auth/password-reset";
import { env } from "@/lib/env";
import { resetPasswordAction } from "./actions";

// The token is in this page's address: no Referer carries it anywhere, not even to this site's own pages.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: PageProps<"/t/[tenant]/reset-password">) {
  const tenant = await getRequestTenant();
  if (!tenant) notFound();
  const { token } = await searchParams;
  const given = typeof token === "string" ? token : "";
  const deps = { db: (await getConnection()).app, secret: env.AUTH_SECRET, rootDomain: env.ROOT_DOMAIN };
  const link = given ? await checkResetLink(deps, given, await headers()) : null;
  if (!link) {
    return (
      <AuthCard title="Link not valid" footer={<Link className="underline underline-offset-4" href="/login">Back to sign in</Link>}>
        <Alert variant="destructive">
          <AlertDescription>{LINK_INVALID}</AlertDescription>
        </Alert>
        <Link className="text-sm font-medium underline underline-offset-4" href="/forgot-password">
          Email me a new link
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" description={`For ${link.user.email} in ${tenant.name}. Every device signed in to your account is signed out.`}>
      <ResetPasswordForm action={resetPasswordAction} token={given} email={link.user.email} />
    </AuthCard>
  );
}
