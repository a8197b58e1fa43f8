import { NextResponse, type NextRequest } from "next/server";
import { getConnection } from "@/db/client";
import { withTenantOn } from "@/db/with-tenant";
import { recordAudit } from "@/lib/audit/record";
import { signOut } from "@/lib/auth";
import { getSessionState } from "@/lib/auth/current";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { requestInfo } from "@/lib/request-info";

/** A relative 303: the browser follows it with a GET, on the host it asked. */
function seeOther(location: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: location } });
}

/**
 * Sign-out, from the user menu's forms: a POST from this workspace's own
 * pages only, so another site cannot sign anyone out. It ends every session
 * of the user, copied tokens included (Auth.js's signOut event raises the
 * session version, lib/auth/index.ts), and clears this browser's cookie.
 * "Sign out of all devices" does the same and leaves an audit row.
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request.headers)) return new NextResponse("Sign-out must come from this workspace's own pages.", { status: 403 });
  const form = await request.formData().catch(() => null);
  const session = await getSessionState();
  if (form?.get("scope") === "all" && session.state === "signed-in") {
    const actor = { tenantId: session.tenant.id, userId: session.user.id, ...requestInfo(request.headers) };
    await withTenantOn((await getConnection()).app, session.tenant.id, (tx) =>
      recordAudit(tx, actor, { action: "user.sign_out_everywhere", entityType: "user", entityId: session.user.id }),
    );
  }
  await signOut({ redirect: false });
  return seeOther("/login?reason=signed-out");
}

/**
 * A GET signs no one out (a link or an image on another site could send
 * one): it only leads to the sign-in page, which sends a signed-in user on
 * to the dashboard.
 */
export function GET() {
  return seeOther("/login");
}
