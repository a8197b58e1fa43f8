import { getSessionState } from "@/lib/auth/current";
import { SAMPLE_CSV } from "@/lib/customers/import/sample";
import { hasPermission } from "@/lib/permissions/check";

export async function GET() {
  const session = await getSessionState();
  if (session.state !== "signed-in") return new Response("Sign in first.", { status: 401 });
  if (!hasPermission(session.user, "customers.edit")) return new Response("You do not have permission to import customers.", { status: 403 });
  // A byte order mark so Excel opens it as UTF-8 (the ñ in names).
  return new Response(`\uFEFF${SAMPLE_CSV}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="customers-sample.csv"',
      "cache-control": "private, no-store",
    },
  });
}
