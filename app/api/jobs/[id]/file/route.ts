import { z } from "zod";
import { getConnection } from "@/db/client";
import { backgroundJobFile } from "@/db/queries/background-jobs";
import { withTenantOn } from "@/db/with-tenant";
import { getSessionState } from "@/lib/auth/current";
import { JOB_PERMISSION } from "@/lib/background/permissions";
import { pdfResponse } from "@/lib/pdf-response";
import { hasPermission } from "@/lib/permissions/check";

/** GET /api/jobs/<id>/file: the file a finished job made (a run's batch PDF), as a download. */
export async function GET(_request: Request, { params }: RouteContext<"/api/jobs/[id]/file">) {
  const session = await getSessionState();
  if (session.state !== "signed-in") return new Response("Sign in to download this file.", { status: 401 });
  const { id } = await params;
  const notFound = new Response("That file was not found. Prepare it again from its page.", { status: 404 });
  if (!z.uuid().safeParse(id).success) return notFound;
  const { app } = await getConnection();
  const found = await withTenantOn(app, session.tenant.id, (tx) => backgroundJobFile(tx, id));
  if (!found || !hasPermission(session.user, JOB_PERMISSION[found.kind])) return notFound;
  return pdfResponse(found.file, found.fileName, false);
}
