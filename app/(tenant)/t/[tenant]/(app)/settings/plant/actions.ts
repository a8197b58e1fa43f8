"use server";

import { tenantAction } from "@/lib/actions/tenant-action";
import { saveOutageCreditHours } from "@/lib/outages/settings";
import { savePlantSettings } from "@/lib/plant/settings";
import { outageCreditSettingsSchema } from "@/lib/validations/outages";
import { plantSettingsSchema } from "@/lib/validations/plant";

export const savePlantSettingsAction = tenantAction({ schema: plantSettingsSchema, permission: "network.manage", revalidate: ["/settings/plant"] }, async (ctx, input) => {
  await savePlantSettings(ctx, ctx.tenantId, {
    splitterLossDb: { "2": input.loss2, "4": input.loss4, "8": input.loss8, "16": input.loss16, "32": input.loss32 },
    fibreLossDbPerKm: input.fibreLossDbPerKm,
    connectorAllowanceDb: input.connectorAllowanceDb,
    toleranceDb: input.toleranceDb,
    minimumRxDbm: input.minimumRxDbm,
  });
  return { message: "Optical budget saved. New readings are checked against it." };
});

export const saveOutageCreditAction = tenantAction({ schema: outageCreditSettingsSchema, permission: "network.manage", revalidate: ["/settings/plant"] }, async (ctx, input) => {
  const hours = input.outageCreditAfterHours ?? null;
  await saveOutageCreditHours(ctx, ctx.tenantId, hours);
  return { message: hours === null ? "Outages give no automatic credits." : `Outages longer than ${hours} hours credit their subscribers when resolved.` };
});
