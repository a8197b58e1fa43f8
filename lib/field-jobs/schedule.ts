import { and, eq } from "drizzle-orm";
import { devices, fieldJobs, napPorts, subscriptions, users } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { NotFoundError, pgConstraint, pgErrorCode, UserFacingError } from "@/lib/errors";
import type { ScheduleFieldJobInput } from "@/lib/validations/field-jobs";
import { availableDevice, reservePort } from "./reservations";

export type FieldJobCtx = { tx: Tx; audit: (e: AuditEntry) => Promise<void>; userId: string | null };

const KIND_LABEL = {
  installation: "Installation",
  relocation: "Relocation",
  port_swap: "Port swap",
  device_swap: "Device swap",
  pull_out: "Pull-out",
} as const;

/** Which line states each kind of job serves. */
const SERVES: Record<ScheduleFieldJobInput["kind"], readonly string[]> = {
  installation: ["pending"],
  relocation: ["active", "suspended"],
  port_swap: ["active", "suspended"],
  device_swap: ["active", "suspended"],
  pull_out: ["cancelled", "suspended"],
};

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
  const [installed] = await tx
    .select({ id: devices.id, kind: devices.kind })
    .from(devices)
    .where(and(eq(devices.subscriptionId, sub.id), eq(devices.status, "installed")))
    .orderBy(devices.kind);
  if ((input.kind === "relocation" || input.kind === "port_swap") && !current) {
    throw new UserFacingError("This line holds no port yet. Record its port with a port assignment first.");
  }

  let deviceId: string | null = null;
  if (input.deviceId && (input.kind === "installation" || input.kind === "device_swap")) deviceId = (await availableDevice(tx, input.deviceId)).id;
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
        previousDeviceId: input.kind === "device_swap" || input.kind === "pull_out" ? (installed?.id ?? null) : null,
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
