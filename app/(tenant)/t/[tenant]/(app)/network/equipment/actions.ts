"use server";

import { tenantAction, type ActionContext } from "@/lib/actions/tenant-action";
import { handToTechnician, returnToStock, updateDevice, writeOff } from "@/lib/equipment/devices";
import { receiveDevices } from "@/lib/equipment/receive";
import { DEVICE_STATUS_LABELS } from "@/lib/equipment/status";
import { pgConstraint, pgErrorCode, UserFacingError } from "@/lib/errors";
import { handToTechnicianSchema, receiveDevicesSchema, returnToStockSchema, updateDeviceSchema, writeOffSchema } from "@/lib/validations/equipment";

const permission = "network.manage";
const revalidate = ["/network/equipment"];

/** The domain's context: the transaction, the audit writer and who moves the device. */
const actor = (ctx: ActionContext) => ({ tx: ctx.tx, audit: ctx.audit, userId: ctx.user.id });

/** Receives a delivery: every device or none (a serial or MAC already in the register refuses the lot). */
export const receiveDevicesAction = tenantAction({ schema: receiveDevicesSchema, permission, revalidate }, async (ctx, input) => {
  try {
    const { ids } = await receiveDevices(actor(ctx), ctx.tenantId, {
      kind: input.kind,
      brand: input.brand,
      model: input.model,
      purchaseCost: input.purchaseCost,
      devices: input.serials,
      note: input.note,
    });
    return { redirectTo: `/network/equipment?status=in_stock&kind=${input.kind}&received=${ids.length}` };
  } catch (error) {
    // Someone else received the same device a moment ago, between the check and the insert.
    const constraint = pgConstraint(error);
    if (pgErrorCode(error) === "23505" && (constraint === "devices_tenant_serial_key" || constraint === "devices_tenant_mac_key")) {
      const message = "Some of these devices were just received by someone else. Check the list, remove them here, then receive again.";
      throw new UserFacingError(message, { serials: [message] });
    }
    throw error;
  }
});

export const handToTechnicianAction = tenantAction({ schema: handToTechnicianSchema, permission, revalidate }, async (ctx, input) => {
  await handToTechnician(actor(ctx), ctx.tenantId, input);
  return { message: "Handed to the technician." };
});

export const returnToStockAction = tenantAction({ schema: returnToStockSchema, permission, revalidate }, async (ctx, input) => {
  await returnToStock(actor(ctx), ctx.tenantId, input);
  return { message: "Back in stock." };
});

export const writeOffAction = tenantAction({ schema: writeOffSchema, permission, revalidate }, async (ctx, input) => {
  await writeOff(actor(ctx), ctx.tenantId, input);
  return { message: `Marked ${DEVICE_STATUS_LABELS[input.status].toLowerCase()}.` };
});

export const updateDeviceAction = tenantAction({ schema: updateDeviceSchema, permission, revalidate }, async (ctx, input) => {
  await updateDevice(actor(ctx), input);
  return { redirectTo: `/network/equipment/${input.id}?saved=1` };
});
