"use server";

import { formatCalendarDate as day } from "@/components/subscriptions/calendar-date";
import { tenantAction, type ActionContext } from "@/lib/actions/tenant-action";
import type { Permission } from "@/lib/permissions/catalog";
import { UserFacingError } from "@/lib/errors";
import { INSTALL_BY_JOB, installedByJobOnly, recordsPlant } from "@/lib/subscriptions/activation-policy";
import { addSubscription, changeSubscriptionPlan, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { cancelSchema, changePlanSchema, newSubscriptionSchema, subscriptionDateSchema, suspendSchema } from "@/lib/validations/subscribers";

// Subscriptions show on the customer page; the customer list's plan filter reads them too.
const config: { permission: Permission; revalidate: string[] } = { permission: "customers.edit", revalidate: ["/customers"] };

const domain = (ctx: ActionContext) => ({ tx: ctx.tx, audit: ctx.audit, userId: ctx.user.id });

export const addSubscriptionAction = tenantAction({ ...config, schema: newSubscriptionSchema }, async (ctx, input) => {
  await addSubscription(domain(ctx), ctx.tenantId, input);
  if (input.billedElsewhereUntil) {
    return { message: `Subscription added. Activate it on the day it was installed: FiberBill bills it from the day after ${day(input.billedElsewhereUntil)}.` };
  }
  if (await recordsPlant(ctx.tx)) return { message: "Subscription added. Schedule its installation under Connection: the job activates the line." };
  return { message: "Subscription added. Activate it once the line is installed." };
});

export const activateSubscriptionAction = tenantAction({ ...config, schema: subscriptionDateSchema }, async (ctx, { id, date }) => {
  if (await installedByJobOnly(ctx.tx, id)) throw new UserFacingError(INSTALL_BY_JOB);
  await transitionSubscription(domain(ctx), ctx.tenantId, id, "activate", { date });
  return { message: `Activated on ${day(date)}.` };
});

export const changeSubscriptionPlanAction = tenantAction({ ...config, schema: changePlanSchema }, async (ctx, { id, planId, date }) => {
  await changeSubscriptionPlan(domain(ctx), ctx.tenantId, id, { planId, date });
  return { message: `Plan changed from ${day(date)}.` };
});

export const suspendSubscriptionAction = tenantAction({ ...config, schema: suspendSchema }, async (ctx, { id, date, reason }) => {
  await transitionSubscription(domain(ctx), ctx.tenantId, id, "suspend", { date, reason });
  return { message: `Suspended from ${day(date)}.` };
});

export const resumeSubscriptionAction = tenantAction({ ...config, schema: subscriptionDateSchema }, async (ctx, { id, date }) => {
  await transitionSubscription(domain(ctx), ctx.tenantId, id, "resume", { date });
  return { message: `Resumed on ${day(date)}.` };
});

export const cancelSubscriptionAction = tenantAction({ ...config, schema: cancelSchema }, async (ctx, { id, date, reason }) => {
  await transitionSubscription(domain(ctx), ctx.tenantId, id, "cancel", { date, reason });
  return { message: `Cancelled from ${day(date)}.` };
});
