import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { getRequestTenant } from "@/lib/auth/current";
import { requestPasswordResetAction } from "./actions";

export const metadata: Metadata = { title: "Forgot password" };

export default async function ForgotPasswordPage() {
  const tenant = await getRequestTenant();
  if (!tenant) notFound();
  return (
    <AuthCard
      title="Forgot your password?"
      description={`Enter the email you sign in to ${tenant.name} with. We will email you a link to choose a new password.`}
      footer={
        <>
          No email access? Ask your administrator to reset your password.{" "}
          <Link className="underline underline-offset-4" href="/login">
            Back to sign in
          </Link>
        </>
      }
    >
      <ForgotPasswordForm action={requestPasswordResetAction} />
    </AuthCard>
  );
}
