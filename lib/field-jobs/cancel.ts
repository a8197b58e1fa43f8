import { and, eq, inArray, sql } from "drizzle-orm";
import { fieldJobs } from "@/db/schema";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import type { FieldJobCtx } from "./schedule";
import { releaseReservation } from "./reservations";
import { OPEN_JOB_STATUSES } from "./serves";

/** Cancels an open job: its reserved port is free again and its device, never moved, stays where it is. */
export async function cancelFieldJob(ctx: FieldJobCtx, input: { id: string; reason: string }): Promise<{ freedPort: boolean }> {
  const [job] = await ctx.tx.select().from(fieldJobs).where(eq(fieldJobs.id, input.id)).for("update");
  if (!job) throw new NotFoundError("That job");
  if (job.status === "done" || job.status === "cancelled" || job.status === "failed") throw new UserFacingError(`This job is already ${job.status}.`);
  if (job.napPortId) await releaseReservation(ctx.tx, job.napPortId, job.subscriptionId);
  await ctx.tx.update(fieldJobs).set({ status: "cancelled", reason: input.reason, updatedAt: sql`now()` }).where(eq(fieldJobs.id, job.id));
  await ctx.audit({ action: "field_job.cancel", entityType: "field_job", entityId: job.id, before: { status: job.status }, after: { status: "cancelled", reason: input.reason, freedPortId: job.napPortId } });
  return { freedPort: job.napPortId !== null };
}

/**
 * Cancels the open plant jobs of a line that is being cancelled: their
 * reserved ports go back to free. (A pull-out is scheduled after.)
 */
export async function cancelOpenJobsOfLine(ctx: FieldJobCtx, subscriptionId: string, reason: string): Promise<void> {
  const open = await ctx.tx
    .select({ id: fieldJobs.id })
    .from(fieldJobs)
    .where(and(eq(fieldJobs.subscriptionId, subscriptionId), inArray(fieldJobs.status, OPEN_JOB_STATUSES)));
  for (const job of open) await cancelFieldJob(ctx, { id: job.id, reason });
}
