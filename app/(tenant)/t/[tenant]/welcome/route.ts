import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";

/** Arrival from sign-up on the root domain: trades the one-time token for a session on this subdomain. */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  try {
    await signIn("handoff", { token, redirectTo: "/?welcome=1" });
  } catch (error) {
    if (error instanceof AuthError) redirect("/login");
    throw error;
  }
}
