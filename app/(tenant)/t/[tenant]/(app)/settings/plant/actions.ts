"use server";

import { tenantAction } from "@/lib/actions/tenant-action";
import { savePlantSettings } from "@/lib/plant/settings";
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
