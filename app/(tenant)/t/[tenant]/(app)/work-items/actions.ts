"use server";

import { tenantAction } from "@/lib/actions/tenant-action";
import { tenantDate } from "@/lib/time/format";
import { completeWorkItemSchema } from "@/lib/validations/work-items";
import { completeWorkItem } from "@/lib/work-items/complete";

/**
 * A technician marks a field job done, as of the tenant's today: the time and
 * who are recorded, and a reconnection resumes the line's billing from today.
 */
export const completeWorkItemAction = tenantAction(
  { schema: completeWorkItemSchema, permission: "work.complete", revalidate: ["/work-items"] },
  async (ctx, { id, note }) => {
    const today = tenantDate(new Date(), ctx.timeZone);
    const { kind } = await completeWorkItem({ tx: ctx.tx, tenantId: ctx.tenantId, userId: ctx.user.id, audit: ctx.audit }, id, { date: today, note });
    return {
      message: kind === "disconnect" ? "Disconnection marked done." : "Reconnection marked done: the line is back on and billing resumes today.",
    };
  },
);
