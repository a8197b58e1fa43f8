import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { requirePasswordChanger } from "@/lib/auth/current";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Change password" };

/**
 * From the user menu, and where a user whose owner set a temporary password
 * is sent from every page until they chose their own (`forced`).
 */
export default async function ChangePasswordPage({ searchParams }: PageProps<"/t/[tenant]/change-password">) {
  const { user, tenant, forced } = await requirePasswordChanger();
  const { changed } = await searchParams;
  const footer = forced ? (
    <form method="post" action="/logout">
      <button type="submit" className="underline underline-offset-4">
        Sign out
      </button>
    </form>
  ) : (
    <Link className="underline underline-offset-4" href="/">
      Back to {tenant.name}
    </Link>
  );
  return (
    <AuthCard
      title={forced ? "Choose your own password" : "Change password"}
      description={
        forced
          ? `Your administrator set a temporary password for ${user.email}. Choose a password of your own to continue.`
          : "Every other device signed in to your account is signed out; this one stays signed in."
      }
      footer={footer}
    >
      {changed === "1" && !forced ? (
        <Alert role="status">
          <AlertDescription>Your password has been changed. Your other devices are signed out.</AlertDescription>
        </Alert>
      ) : null}
      <ChangePasswordForm action={changePasswordAction} email={user.email} forced={forced} />
    </AuthCard>
  );
}
