import { and, eq, inArray, sql } from "drizzle-orm";
import { devices, fieldJobs, users, type DeviceStatus } from "@/db/schema";
import type { Tx } from "@/db/types";
import { changedFields, type AuditEntry } from "@/lib/audit/record";
import { NotFoundError, pgConstraint, pgErrorCode, UserFacingError } from "@/lib/errors";
import type { HandToTechnicianInput, ReturnToStockInput, UpdateDeviceInput, WriteOffInput } from "@/lib/validations/equipment";
import { moveDevice } from "./movements";
import { DEVICE_STATUS_LABELS } from "./status";
import { OPEN_JOB_STATUSES } from "@/lib/field-jobs/serves";

type Ctx = { tx: Tx; audit: (e: AuditEntry) => Promise<void>; userId: string | null };

type Locked = { id: string; serialNumber: string; status: DeviceStatus; technicianId: string | null };

/** The device, locked until the transaction ends, so two people moving it at once take turns. */
async function lockDevice(tx: Tx, id: string): Promise<Locked> {
  const [row] = await tx
    .select({ id: devices.id, serialNumber: devices.serialNumber, status: devices.status, technicianId: devices.technicianId })
    .from(devices)
    .where(eq(devices.id, id))
    .for("update");
  if (!row) throw new NotFoundError("That device");
  return row;
}

/** An installed device leaves its line only through a job, which also frees the port and records the visit. */
function refuseInstalled(d: Locked): void {
  if (d.status === "installed") {
    throw new UserFacingError(`${d.serialNumber} is installed at a subscriber. Only a pull-out or device swap job takes it off the line.`);
  }
}

async function openJobOf(tx: Tx, deviceId: string): Promise<string | null> {
  const [job] = await tx
    .select({ id: fieldJobs.id })
    .from(fieldJobs)
    .where(and(eq(fieldJobs.deviceId, deviceId), inArray(fieldJobs.status, OPEN_JOB_STATUSES)))
    .limit(1);
  return job?.id ?? null;
}

/** Hands a device from stock (or from another technician) to an active staff member, who carries it to jobs. */
export async function handToTechnician(ctx: Ctx, tenantId: string, input: HandToTechnicianInput): Promise<void> {
  const { tx } = ctx;
  const device = await lockDevice(tx, input.id);
  refuseInstalled(device);
  if (device.status !== "in_stock" && device.status !== "with_technician") {
    throw new UserFacingError(`${device.serialNumber} is ${DEVICE_STATUS_LABELS[device.status].toLowerCase()}. Take it back to stock before handing it out.`);
  }
  if (device.status === "with_technician" && device.technicianId === input.technicianId) {
    throw new UserFacingError("That technician already has this device.", { technicianId: ["Already has this device."] });
  }
  const [tech] = await tx.select({ id: users.id, name: users.name, active: users.active }).from(users).where(eq(users.id, input.technicianId));
  if (!tech || !tech.active) throw new UserFacingError("Choose an active staff member.", { technicianId: ["Choose an active staff member."] });
  await moveDevice(tx, tenantId, { deviceId: device.id, from: device.status, to: "with_technician", technicianId: tech.id, note: input.note, movedBy: ctx.userId });
  await ctx.audit({
    action: "device.hand_over",
    entityType: "device",
    entityId: device.id,
    before: { status: device.status, technicianId: device.technicianId },
    after: { status: "with_technician", technicianId: tech.id, technicianName: tech.name, note: input.note },
  });
}

/** Back on the shelf: from a technician, or a returned, repaired or found device. */
export async function returnToStock(ctx: Ctx, tenantId: string, input: ReturnToStockInput): Promise<void> {
  const { tx } = ctx;
  const device = await lockDevice(tx, input.id);
  refuseInstalled(device);
  if (device.status === "in_stock") throw new UserFacingError(`${device.serialNumber} is already in stock.`);
  await moveDevice(tx, tenantId, { deviceId: device.id, from: device.status, to: "in_stock", technicianId: device.technicianId, note: input.note, movedBy: ctx.userId });
  await ctx.audit({
    action: "device.return_to_stock",
    entityType: "device",
    entityId: device.id,
    before: { status: device.status, technicianId: device.technicianId },
    after: { status: "in_stock", note: input.note },
  });
}

/**
 * Marks a device returned, defective or lost, with a note saying what
 * happened. A device set aside for an open job stays available to it: the
 * job is cancelled or given another device first.
 */
export async function writeOff(ctx: Ctx, tenantId: string, input: WriteOffInput): Promise<void> {
  const { tx } = ctx;
  const device = await lockDevice(tx, input.id);
  refuseInstalled(device);
  if (device.status === input.status) throw new UserFacingError(`${device.serialNumber} is already marked ${DEVICE_STATUS_LABELS[input.status].toLowerCase()}.`);
  if (await openJobOf(tx, device.id)) {
    throw new UserFacingError(`${device.serialNumber} is set aside for an open job. Cancel the job or give it another device first.`);
  }
  await moveDevice(tx, tenantId, { deviceId: device.id, from: device.status, to: input.status, technicianId: device.technicianId, note: input.note, movedBy: ctx.userId });
  await ctx.audit({
    action: "device.write_off",
    entityType: "device",
    entityId: device.id,
    before: { status: device.status, technicianId: device.technicianId },
    after: { status: input.status, note: input.note },
  });
}

/** Corrects what is recorded of a device (brand, model, cost, MAC, notes); where it is changes only by a movement. */
export async function updateDevice(ctx: Ctx, input: UpdateDeviceInput): Promise<void> {
  const { tx } = ctx;
  const [before] = await tx
    .select({ brand: devices.brand, model: devices.model, purchaseCost: devices.purchaseCost, mac: devices.mac, notes: devices.notes })
    .from(devices)
    .where(eq(devices.id, input.id))
    .for("update");
  if (!before) throw new NotFoundError("That device");
  const after = { brand: input.brand, model: input.model, purchaseCost: input.purchaseCost, mac: input.mac, notes: input.notes };
  const changes = changedFields(before, after);
  if (Object.keys(changes.after).length === 0) return;
  try {
    await tx.update(devices).set({ ...after, updatedAt: sql`now()` }).where(eq(devices.id, input.id));
  } catch (error) {
    if (pgErrorCode(error) === "23505" && pgConstraint(error) === "devices_tenant_mac_key") {
      throw new UserFacingError("Another device in the register has that MAC.", { mac: ["Another device has that MAC."] });
    }
    throw error;
  }
  await ctx.audit({ action: "device.update", entityType: "device", entityId: input.id, ...changes });
}
