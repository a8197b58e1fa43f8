import { and, eq } from "drizzle-orm";
import { devices, fieldJobs, napPorts, subscriptions, users } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { NotFoundError, pgConstraint, pgErrorCode, UserFacingError } from "@/lib/errors";
import type { ScheduleFieldJobInput } from "@/lib/validations/field-jobs";
import { availableDevice, reservePort } from "./reservations";
import { SERVES } from "./serves";

export type FieldJobCtx = { tx: Tx; audit: (e: AuditEntry) => Promise<void>; userId: string | null };

const KIND_LABEL = {
  installation: "Installation",
  relocation: "Relocation",
  port_swap: "Port swap",
  device_swap: "Device swap",
  pull_out: "Pull-out",
} as const;


/**
 * Schedules a plant job for a line: its new port is reserved at once, its
 * device set aside, and what it takes away (the line's current port and
 * device) is written on the job so completion knows what to free.
 */
export async function scheduleFieldJob(ctx: FieldJobCtx, tenantId: string, input: ScheduleFieldJobInput): Promise<{ id: string }> {
  const { tx } = ctx;
  const [sub] = await tx
    .select({ id: subscriptions.id, status: subscriptions.status, customerId: subscriptions.customerId })
    .from(subscriptions)
    .where(eq(subscriptions.id, input.subscriptionId))
    .for("update");
  if (!sub) throw new NotFoundError("That subscription");
  if (!SERVES[input.kind].includes(sub.status)) {
    const hint = input.kind === "installation" ? "Only a line waiting for installation is installed." : `A ${KIND_LABEL[input.kind].toLowerCase()} is for a ${SERVES[input.kind].join(" or ")} line.`;
    throw new UserFacingError(`This line is ${sub.status}. ${hint}`);
  }
  if (input.technicianId) {
    const [tech] = await tx.select({ id: users.id, active: users.active }).from(users).where(eq(users.id, input.technicianId));
    if (!tech || !tech.active) throw new UserFacingError("Choose an active staff member.", { technicianId: ["Choose an active staff member."] });
  }
  const [current] = await tx.select({ id: napPorts.id }).from(napPorts).where(and(eq(napPorts.subscriptionId, sub.id), eq(napPorts.state, "in_use")));
  const installed = await tx
    .select({ id: devices.id, kind: devices.kind })
    .from(devices)
    .where(and(eq(devices.subscriptionId, sub.id), eq(devices.status, "installed")))
    .orderBy(devices.kind);
  if ((input.kind === "relocation" || input.kind === "port_swap") && !current) {
    throw new UserFacingError("This line holds no port yet. Record its port with a port assignment first.");
  }

  let deviceId: string | null = null;
  let previousDeviceId: string | null = null;
  if (input.deviceId && (input.kind === "installation" || input.kind === "device_swap")) {
    const device = await availableDevice(tx, input.deviceId);
    // An installation connects the line's ONU; a router can follow by a device swap.
    if (input.kind === "installation" && device.kind !== "onu") throw new UserFacingError(`${device.serialNumber} is a router: an installation needs an ONU.`, { deviceId: ["Choose an ONU."] });
    deviceId = device.id;
    // A swap takes out the installed device of the same kind (a router for a router), if the line has one.
    if (input.kind === "device_swap") previousDeviceId = installed.find((d) => d.kind === device.kind)?.id ?? null;
  }
  // A pull-out brings back every device of the line (completion moves them all); the ONU is named on the job.
  if (input.kind === "pull_out") previousDeviceId = (installed.find((d) => d.kind === "onu") ?? installed[0])?.id ?? null;
  let id: string;
  try {
    const [row] = await tx
      .insert(fieldJobs)
      .values({
        tenantId,
        kind: input.kind,
        customerId: sub.customerId,
        subscriptionId: sub.id,
        scheduledOn: input.scheduledOn,
        technicianId: input.technicianId ?? null,
        napPortId: input.kind === "installation" || input.kind === "relocation" || input.kind === "port_swap" ? input.napPortId! : null,
        deviceId,
        previousNapPortId: input.kind === "relocation" || input.kind === "port_swap" || input.kind === "pull_out" ? (current?.id ?? null) : null,
        previousDeviceId,
        notes: input.notes,
        createdBy: ctx.userId,
      })
      .returning({ id: fieldJobs.id });
    id = row!.id;
  } catch (error) {
    if (pgErrorCode(error) === "23505" && pgConstraint(error) === "field_jobs_open_per_subscription_key") {
      throw new UserFacingError("This line already has an open job. Finish or cancel it first.");
    }
    if (pgErrorCode(error) === "23505" && pgConstraint(error) === "field_jobs_open_device_key") {
      throw new UserFacingError("That device is already set aside for another job.", { deviceId: ["Already set aside for another job."] });
    }
    if (pgErrorCode(error) === "23503") throw new UserFacingError("Choose a port from the list.", { napPortId: ["Choose a port from the list."] });
    throw error;
  }
  if (input.napPortId && (input.kind === "installation" || input.kind === "relocation" || input.kind === "port_swap")) {
    await reservePort(tx, input.napPortId, sub.id);
  }
  await ctx.audit({
    action: "field_job.schedule",
    entityType: "field_job",
    entityId: id,
    after: { kind: input.kind, customerId: sub.customerId, subscriptionId: sub.id, scheduledOn: input.scheduledOn, technicianId: input.technicianId ?? null, napPortId: input.napPortId ?? null, deviceId },
  });
  return { id };
}

export { KIND_LABEL as FIELD_JOB_KIND_LABEL };
