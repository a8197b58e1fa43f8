"use server";

import { tenantAction } from "@/lib/actions/tenant-action";
import { saveBillingSettings } from "@/lib/billing/settings";
import { billingSettingsSchema } from "@/lib/validations/billing-settings";

/**
 * Saves Settings > Billing. The logo arrives as a data: URL in a hidden field
 * (the form reads the file with FileReader): FormData files are skipped by the
 * action chain, and the schema checks the URL's type, bytes and size itself.
 */
export const saveBillingSettingsAction = tenantAction(
  { schema: billingSettingsSchema, permission: "settings.manage", revalidate: ["/settings/billing"] },
  async (ctx, input) => {
    const { changed } = await saveBillingSettings(ctx, ctx.tenantId, input);
    return { message: changed.length === 0 ? "Nothing changed; your billing settings are as they were." : "Billing settings saved. They apply to documents issued from now on." };
  },
);
