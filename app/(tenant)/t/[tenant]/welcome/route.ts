import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { sameOriginPath } from "@/lib/http/safe-redirect";

/**
 * Trades a one-time token for a session on this subdomain: the arrival from
 * sign-up on the root domain, and this browser's new session after a password
 * change (which ended the old one). `next` is followed when it is a path here.
 */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  const next = sameOriginPath(request.nextUrl.searchParams.get("next"), request.nextUrl.origin) ?? "/?welcome=1";
  try {
    await signIn("handoff", { token, redirectTo: next });
  } catch (error) {
    if (error instanceof AuthError) redirect("/login");
    throw error;
  }
}
