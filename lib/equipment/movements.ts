import { eq, sql } from "drizzle-orm";
import { deviceMovements, devices, type DeviceStatus } from "@/db/schema";
import type { Tx } from "@/db/types";

export type DeviceMove = {
  deviceId: string;
  from: DeviceStatus | null;
  to: DeviceStatus;
  technicianId?: string | null;
  subscriptionId?: string | null;
  fieldJobId?: string | null;
  note?: string;
  movedBy: string | null;
};

/**
 * Moves one device to a new status and records the movement. Where it is now
 * follows the status: with a technician names the technician, installed names
 * the line, anything else names neither (the row's checks hold it to that).
 */
export async function moveDevice(tx: Tx, tenantId: string, move: DeviceMove): Promise<void> {
  const technicianId = move.to === "with_technician" ? (move.technicianId ?? null) : null;
  const subscriptionId = move.to === "installed" ? (move.subscriptionId ?? null) : null;
  await tx.update(devices).set({ status: move.to, technicianId, subscriptionId, updatedAt: sql`now()` }).where(eq(devices.id, move.deviceId));
  await tx.insert(deviceMovements).values({
    tenantId,
    deviceId: move.deviceId,
    fromStatus: move.from,
    toStatus: move.to,
    technicianId: move.technicianId ?? null,
    subscriptionId: move.subscriptionId ?? null,
    fieldJobId: move.fieldJobId ?? null,
    note: move.note ?? "",
    movedBy: move.movedBy,
  });
}
