"use server";

import { z } from "zod";
import { tenantAction } from "@/lib/actions/tenant-action";
import { dismissOnboarding } from "@/lib/onboarding/dismiss";

/** The owner (or whoever may change settings) hides the setup checklist for the workspace. */
export const dismissOnboardingAction = tenantAction({ schema: z.object({}), permission: "settings.manage", revalidate: ["/", "/dashboard"] }, async (ctx) => {
  await dismissOnboarding(ctx, ctx.tenantId);
  return { dismissed: true };
});
