"use server";

import { z } from "zod";
import { tenantAction } from "@/lib/actions/tenant-action";
import { getSeries, setSeriesPrefix } from "@/lib/numbering/counters";

const prefixSchema = z.object({
  prefix: z
    .string()
    .trim()
    .max(10, "Use at most 10 characters.")
    .regex(/^[A-Za-z0-9-]*$/, "Use letters, numbers and hyphens only."),
});

/** New customers get numbers with this prefix; existing account numbers keep theirs. */
export const setAccountPrefixAction = tenantAction(
  { schema: prefixSchema, permission: "settings.manage", revalidate: ["/settings/customers"] },
  async (ctx, { prefix }) => {
    const before = await getSeries(ctx.tx, ctx.tenantId, "customer");
    await setSeriesPrefix(ctx.tx, ctx.tenantId, "customer", prefix.toUpperCase());
    await ctx.audit({ action: "settings.account_prefix", entityType: "settings", entityId: "customer-series", before: { prefix: before.prefix }, after: { prefix: prefix.toUpperCase() } });
    return { message: `New customers will get account numbers like ${prefix.toUpperCase()}${String(before.nextValue).padStart(before.padding, "0")}.` };
  },
);
