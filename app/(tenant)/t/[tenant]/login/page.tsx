import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Logo } from "@/components/brand/logo";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getRequestTenant, getSessionState } from "@/lib/auth/current";
import { workspaceOrigin } from "@/lib/request-origin";
import { logIn } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

const REASONS: Record<string, string> = {
  deactivated: "Your account has been deactivated. Ask your administrator if this is a mistake.",
  "other-workspace": "You were signed in to a different workspace. Sign in to this one to continue.",
  "signed-out": "You have signed out.",
  "password-reset": "Your password has been changed, and every device was signed out. Sign in with your new password.",
  "password-changed": "Your password has been changed. Sign in with your new password.",
};

export default async function LoginPage({ searchParams }: PageProps<"/t/[tenant]/login">) {
  const tenant = await getRequestTenant();
  if (!tenant) notFound();
  const session = await getSessionState();
  if (session.state === "signed-in") redirect("/");
  if (session.state === "password-change-due") redirect("/change-password");
  const { reason, next } = await searchParams;
  const notice = typeof reason === "string" ? REASONS[reason] : undefined;
  const root = await workspaceOrigin(null);
  return (
    <main className="flex min-h-dvh items-center justify-center bg-muted/40 px-4 py-12">
      <div className="flex w-full max-w-sm flex-col gap-6">
        <Logo className="self-center" />
        <Card>
          <CardHeader>
            <CardTitle className="text-xl">Sign in to {tenant.name}</CardTitle>
            <CardDescription>Use the email and password your administrator gave you.</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            {notice ? (
              <Alert>
                <AlertDescription>{notice}</AlertDescription>
              </Alert>
            ) : null}
            <LoginForm action={logIn} next={typeof next === "string" ? next : undefined} />
            <Link className="self-center text-sm underline underline-offset-4" href="/forgot-password">
              Forgot your password?
            </Link>
          </CardContent>
        </Card>
        <p className="text-center text-sm text-muted-foreground">
          Not your ISP?{" "}
          <a className="underline underline-offset-4" href={`${root}/find-workspace`}>
            Find your workspace
          </a>
        </p>
      </div>
    </main>
  );
}
