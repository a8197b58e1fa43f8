"use server";

import { z } from "zod";
import { tenantAction } from "@/lib/actions/tenant-action";
import { pgConstraint, pgErrorCode, UserFacingError } from "@/lib/errors";
import { createPlan, deletePlan, setPlanArchived, updatePlan } from "@/lib/plans/plans";
import { planSchema } from "@/lib/validations/subscribers";

const idSchema = z.object({ id: z.uuid() });
// Plans show on the customer pages (filters, subscriptions) too.
const revalidate = ["/plans", "/customers"];

export const createPlanAction = tenantAction({ schema: planSchema, permission: "plans.manage", revalidate }, async (ctx, input) => {
  await createPlan(ctx, ctx.tenantId, input);
  return { redirectTo: `/plans?saved=${encodeURIComponent(input.name)}` };
});

export const updatePlanAction = tenantAction(
  { schema: planSchema.extend(idSchema.shape), permission: "plans.manage", revalidate },
  async (ctx, { id, ...input }) => {
    await updatePlan(ctx, id, input);
    return { redirectTo: `/plans?saved=${encodeURIComponent(input.name)}` };
  },
);

const archiveSchema = idSchema.extend({ archived: z.enum(["true", "false"]).transform((v) => v === "true") });

export const setPlanArchivedAction = tenantAction({ schema: archiveSchema, permission: "plans.manage", revalidate }, async (ctx, { id, archived }) => {
  await setPlanArchived(ctx, id, archived);
  return {
    message: archived
      ? "Archived: existing subscriptions keep this plan, but it cannot be chosen for new ones."
      : "Back on sale: it can be chosen for new subscriptions again.",
  };
});

const IN_HISTORY =
  "Subscriptions that were on this plan still name it in their history, so it cannot be deleted. Archive it instead: it stays in their history but cannot be chosen for new ones.";

// No revalidation: it would re-render the plan's own page, now a 404, in place of
// the form before the form can navigate; the full navigation loads fresh data anyway.
export const deletePlanAction = tenantAction({ schema: idSchema, permission: "plans.manage" }, async (ctx, { id }) => {
  try {
    await deletePlan(ctx, id);
  } catch (error) {
    // deletePlan counts the subscriptions on the plan now; one that moved to
    // another plan still names it in its history, and the foreign key refuses.
    if (pgErrorCode(error) === "23503" && pgConstraint(error)?.startsWith("subscription_events_")) throw new UserFacingError(IN_HISTORY);
    throw error;
  }
  return { redirectTo: "/plans?deleted=1" };
});
