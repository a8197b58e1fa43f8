import { z } from "zod";
import { getConnection } from "@/db/client";
import { getBackgroundJob } from "@/db/queries/background-jobs";
import { withTenantOn } from "@/db/with-tenant";
import { getSessionState } from "@/lib/auth/current";
import { JOB_PERMISSION } from "@/lib/background/permissions";
import { jobView } from "@/lib/background/view";
import { hasPermission } from "@/lib/permissions/check";

const NOT_FOUND = () => Response.json({ error: "That job was not found." }, { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * GET /api/jobs/<id>: a background job's progress, polled by its page about
 * once a second. Another tenant's job, or one the user may not see, is "not found".
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/jobs/[id]">) {
  const session = await getSessionState();
  if (session.state !== "signed-in") return Response.json({ error: "Sign in again to follow this job." }, { status: 401 });
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return NOT_FOUND();
  const { app } = await getConnection();
  const job = await withTenantOn(app, session.tenant.id, (tx) => getBackgroundJob(tx, id));
  if (!job || !hasPermission(session.user, JOB_PERMISSION[job.kind])) return NOT_FOUND();
  return Response.json(jobView(job), { headers: { "Cache-Control": "no-store" } });
}
