"use server";

import { formatCalendarDate as day } from "@/components/subscriptions/calendar-date";
import { tenantAction, type ActionContext } from "@/lib/actions/tenant-action";
import { cancelFieldJob } from "@/lib/field-jobs/cancel";
import { completeFieldJob } from "@/lib/field-jobs/complete";
import { scheduleFieldJob } from "@/lib/field-jobs/schedule";
import { cancelFieldJobSchema, completeFieldJobSchema, scheduleFieldJobSchema } from "@/lib/validations/field-jobs";

// Jobs show on the customer page, the NAP page (its ports) and the jobs list.
const revalidate = ["/network", "/customers"];
const domain = (ctx: ActionContext) => ({ tx: ctx.tx, audit: ctx.audit, userId: ctx.user.id });

export const scheduleFieldJobAction = tenantAction({ schema: scheduleFieldJobSchema, permission: "network.manage", revalidate }, async (ctx, input) => {
  const { id } = await scheduleFieldJob(domain(ctx), ctx.tenantId, input);
  return { redirectTo: `/network/jobs/${id}` };
});

export const completeFieldJobAction = tenantAction({ schema: completeFieldJobSchema, permission: "installations.complete", revalidate }, async (ctx, input) => {
  const result = await completeFieldJob(domain(ctx), ctx.tenantId, input);
  const done = result.kind === "installation" ? `Installed: the line is active and billed from ${day(input.completedOn)}.` : "Job done.";
  return { message: result.signalFlag ? `${done} Signal flagged: ${result.signalFlag}` : done, signalFlag: result.signalFlag };
});

export const cancelFieldJobAction = tenantAction({ schema: cancelFieldJobSchema, permission: "network.manage", revalidate }, async (ctx, input) => {
  const { freedPort } = await cancelFieldJob(domain(ctx), input);
  return { message: freedPort ? "Job cancelled: its port is free again." : "Job cancelled." };
});
