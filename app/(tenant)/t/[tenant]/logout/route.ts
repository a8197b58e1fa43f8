import type { NextRequest } from "next/server";
import { signOut } from "@/lib/auth";

const REASONS = new Set(["deactivated", "signed-out"]);

/**
 * Ends the session cookie and goes to the sign-in page. Pages send a
 * deactivated user here, because a server component cannot clear cookies.
 */
export async function GET(request: NextRequest) {
  const reason = request.nextUrl.searchParams.get("reason");
  await signOut({ redirectTo: `/login${reason && REASONS.has(reason) ? `?reason=${reason}` : ""}` });
}
