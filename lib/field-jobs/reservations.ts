import { and, eq, inArray, sql } from "drizzle-orm";
import { devices, fieldJobs, napPorts } from "@/db/schema";
import type { Tx } from "@/db/types";
import { NotFoundError, pgConstraint, pgErrorCode, UserFacingError } from "@/lib/errors";
import { OPEN_JOB_STATUSES } from "./serves";

const PORT_TAKEN = "That port was just taken. Choose another free port.";

/**
 * Reserves a free port for a line. The update only matches a free port, so of
 * two offices choosing the same port at once, one gets it and the other is told.
 */
export async function reservePort(tx: Tx, portId: string, subscriptionId: string): Promise<void> {
  try {
    const reserved = await tx
      .update(napPorts)
      .set({ state: "reserved", subscriptionId, updatedAt: sql`now()` })
      .where(and(eq(napPorts.id, portId), eq(napPorts.state, "free")))
      .returning({ id: napPorts.id });
    if (reserved.length === 1) return;
  } catch (error) {
    // The line already has a port in reserve (an open job holds it).
    if (pgErrorCode(error) === "23505" && pgConstraint(error) === "nap_ports_tenant_subscription_reserved_key") {
      throw new UserFacingError("This line already has a port reserved by an open job.", { napPortId: ["This line already has a port reserved."] });
    }
    throw error;
  }
  const [port] = await tx.select({ state: napPorts.state }).from(napPorts).where(eq(napPorts.id, portId));
  if (!port) throw new UserFacingError("Choose a port from the list.", { napPortId: ["Choose a port from the list."] });
  throw new UserFacingError(PORT_TAKEN, { napPortId: [PORT_TAKEN] });
}

/** Gives a reserved port back (a cancelled job). */
export async function releaseReservation(tx: Tx, portId: string, subscriptionId: string): Promise<void> {
  await tx
    .update(napPorts)
    .set({ state: "free", subscriptionId: null, updatedAt: sql`now()` })
    .where(and(eq(napPorts.id, portId), eq(napPorts.state, "reserved"), eq(napPorts.subscriptionId, subscriptionId)));
}

/** A device a job may promise: in stock or with a technician, and not promised to another open job. */
export async function availableDevice(tx: Tx, deviceId: string, exceptJobId?: string): Promise<{ id: string; serialNumber: string; kind: string; status: string }> {
  const [device] = await tx
    .select({ id: devices.id, serialNumber: devices.serialNumber, kind: devices.kind, status: devices.status })
    .from(devices)
    .where(eq(devices.id, deviceId))
    .for("update");
  if (!device) throw new NotFoundError("That device");
  if (device.status !== "in_stock" && device.status !== "with_technician") {
    throw new UserFacingError(`${device.serialNumber} is not in stock (${device.status.replace("_", " ")}).`, { deviceId: ["Choose a device in stock."] });
  }
  const promised = await tx
    .select({ id: fieldJobs.id })
    .from(fieldJobs)
    .where(and(eq(fieldJobs.deviceId, deviceId), inArray(fieldJobs.status, OPEN_JOB_STATUSES)));
  if (promised.some((j) => j.id !== exceptJobId)) {
    throw new UserFacingError(`${device.serialNumber} is already set aside for another job.`, { deviceId: ["Already set aside for another job."] });
  }
  return device;
}
