import { and, eq, inArray, sql } from "drizzle-orm";
import { devices, fieldJobs, napPorts, subscriptions } from "@/db/schema";
import { portChain } from "@/db/queries/plant-chain";
import { normalizeSerial } from "@/lib/equipment/identifiers";
import { moveDevice } from "@/lib/equipment/movements";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { loadBudget } from "@/lib/plant/budget";
import { checkReading, minimumOnlyVerdict } from "@/lib/plant/loss-check";
import { transitionSubscription } from "@/lib/subscriptions/subscriptions";
import type { CompleteFieldJobInput } from "@/lib/validations/field-jobs";
import type { FieldJobCtx } from "./schedule";
import { availableDevice } from "./reservations";
import { isOpenJob, SERVES } from "./serves";

export type CompletionResult = { kind: string; signalFlag: string | null; expectedRxDbm: number | null };

/**
 * Completes a plant job in the caller's transaction, all or nothing: the new
 * port goes in use and the old one free (or faulty), the new device is
 * installed and the old one returned, the line is activated (an installation,
 * on the completion date, so billing starts there), and the reading is
 * checked against what the plant chain should deliver.
 */
export async function completeFieldJob(ctx: FieldJobCtx, tenantId: string, input: CompleteFieldJobInput): Promise<CompletionResult> {
  const { tx } = ctx;
  const [job] = await tx.select().from(fieldJobs).where(eq(fieldJobs.id, input.id)).for("update");
  if (!job) throw new NotFoundError("That job");
  if (!isOpenJob(job.status)) throw new UserFacingError(`This job is already ${job.status}.`);
  // The line may have changed since the job was scheduled (cancelled, say): the job must still apply to it.
  const [sub] = await tx.select({ status: subscriptions.status, startDate: subscriptions.startDate }).from(subscriptions).where(eq(subscriptions.id, job.subscriptionId)).for("update");
  if (!sub) throw new NotFoundError("That job");
  if (!SERVES[job.kind].includes(sub.status)) {
    throw new UserFacingError(`The line is ${sub.status} now: this ${job.kind.replace("_", " ")} no longer applies. Cancel the job.`);
  }
  // Installing before the scheduled day happens; before the line was asked for does not (billing would start early).
  if (job.kind === "installation" && input.completedOn < sub.startDate) {
    throw new UserFacingError(`The line was requested from ${sub.startDate}.`, { completedOn: [`On or after ${sub.startDate}.`] });
  }

  // The device actually fitted: the scheduled one, or another from stock the technician scanned.
  let deviceId = job.deviceId;
  if (input.deviceSerial) {
    const serial = normalizeSerial(input.deviceSerial);
    const [scanned] = serial ? await tx.select({ id: devices.id }).from(devices).where(eq(devices.serialNumber, serial)) : [];
    if (!scanned) throw new UserFacingError("No device with that serial is in the register.", { deviceSerial: ["No device with that serial is in the register."] });
    if (scanned.id !== job.deviceId) deviceId = (await availableDevice(tx, scanned.id, job.id)).id;
  }
  if (deviceId && job.kind === "installation") {
    const [fitted] = await tx.select({ kind: devices.kind, serialNumber: devices.serialNumber }).from(devices).where(eq(devices.id, deviceId));
    if (fitted?.kind !== "onu") throw new UserFacingError(`${fitted?.serialNumber ?? "That device"} is a router: scan the ONU's serial.`, { deviceSerial: ["Scan the ONU's serial."] });
  }
  if (job.kind === "installation" && !deviceId) {
    throw new UserFacingError("Scan or type the serial of the ONU you installed.", { deviceSerial: ["Scan or type the ONU's serial."] });
  }
  if (job.kind === "device_swap" && !deviceId) throw new UserFacingError("Scan or type the serial of the new device.", { deviceSerial: ["Scan or type the new device's serial."] });

  // Ports: the new one from reserved to in use, the old one free (or faulty).
  if (job.previousNapPortId) {
    const set = { state: input.previousPortState, subscriptionId: null, updatedAt: sql`now()` } as const;
    await tx.update(napPorts).set(set).where(and(eq(napPorts.id, job.previousNapPortId), eq(napPorts.subscriptionId, job.subscriptionId)));
  }
  if (job.napPortId) {
    const connected = await tx
      .update(napPorts)
      .set({ state: "in_use", updatedAt: sql`now()` })
      .where(and(eq(napPorts.id, job.napPortId), eq(napPorts.state, "reserved"), eq(napPorts.subscriptionId, job.subscriptionId)))
      .returning({ id: napPorts.id });
    if (connected.length !== 1) throw new UserFacingError("The port reserved for this job is no longer reserved for it. Cancel the job and schedule it again.");
  }

  // Devices: the old one leaves the line, the new one is installed on it.
  // The devices taken away: the swapped one, or every device of the line at a pull-out.
  const leaving =
    job.kind === "pull_out"
      ? await tx.select({ id: devices.id }).from(devices).where(and(eq(devices.subscriptionId, job.subscriptionId), eq(devices.status, "installed"))).for("update")
      : job.previousDeviceId
        ? await tx.select({ id: devices.id }).from(devices).where(and(eq(devices.id, job.previousDeviceId), eq(devices.status, "installed"))).for("update")
        : [];
  for (const old of leaving) {
    await moveDevice(tx, tenantId, { deviceId: old.id, from: "installed", to: input.previousDeviceStatus, subscriptionId: job.subscriptionId, fieldJobId: job.id, movedBy: ctx.userId });
  }
  if (deviceId) {
    const [device] = await tx.select({ status: devices.status, kind: devices.kind }).from(devices).where(eq(devices.id, deviceId)).for("update");
    if (!device || (device.status !== "in_stock" && device.status !== "with_technician")) throw new UserFacingError("That device is no longer in stock.", { deviceSerial: ["No longer in stock."] });
    const [sameKind] = await tx
      .select({ id: devices.id })
      .from(devices)
      .where(and(eq(devices.subscriptionId, job.subscriptionId), eq(devices.status, "installed"), eq(devices.kind, device.kind)));
    if (sameKind) throw new UserFacingError(`This line already has an installed ${device.kind === "onu" ? "ONU" : "router"}: swap it with a device swap job.`, { deviceSerial: ["The line already has one."] });
    await moveDevice(tx, tenantId, { deviceId, from: device.status, to: "installed", subscriptionId: job.subscriptionId, fieldJobId: job.id, movedBy: ctx.userId });
  }

  // The reading, checked against the chain of the port the line is now on.
  let signal: { expected: number | null; flag: string | null } = { expected: null, flag: null };
  const portNow = job.napPortId ?? (job.kind === "device_swap" ? (await currentPort(ctx, job.subscriptionId)) : null);
  if (input.rxPowerDbm !== undefined && portNow) {
    const chain = await portChain(tx, portNow);
    const budget = await loadBudget(tx);
    if (chain) {
      const where = `${chain.napCode} port ${chain.portNumber}`;
      const verdict =
        chain.txPowerDbm !== null && chain.lcpRatio !== null
          ? checkReading(
              { txPowerDbm: chain.txPowerDbm, lcpRatio: chain.lcpRatio, napRatio: chain.napRatio, feederLengthM: chain.feederLengthM ?? 0, distanceFromLcpM: chain.distanceFromLcpM, dropLengthM: input.dropLengthM ?? 0 },
              input.rxPowerDbm,
              where,
              budget,
            )
          : minimumOnlyVerdict(input.rxPowerDbm, where, budget);
      signal = { expected: verdict.expectedDbm, flag: verdict.flag };
    }
  }

  if (input.latitude !== undefined && input.longitude !== undefined && job.kind !== "pull_out") {
    await tx.update(subscriptions).set({ premisesLatitude: input.latitude, premisesLongitude: input.longitude, updatedAt: sql`now()` }).where(eq(subscriptions.id, job.subscriptionId));
  }
  await tx
    .update(fieldJobs)
    .set({
      status: "done",
      deviceId,
      completedOn: input.completedOn,
      completedAt: sql`now()`,
      completedBy: ctx.userId,
      premisesLatitude: input.latitude ?? null,
      premisesLongitude: input.longitude ?? null,
      dropLengthM: input.dropLengthM ?? null,
      rxPowerDbm: input.rxPowerDbm ?? null,
      expectedRxDbm: signal.expected,
      signalFlag: signal.flag,
      notes: input.notes ? (job.notes ? `${job.notes}\n${input.notes}` : input.notes) : job.notes,
      updatedAt: sql`now()`,
    })
    .where(eq(fieldJobs.id, job.id));

  // An installation starts the line (and its billing, prorated from this day, with the installation fee).
  if (job.kind === "installation") {
    await transitionSubscription(ctx, tenantId, job.subscriptionId, "activate", { date: input.completedOn, reason: "Installed" });
  }
  await ctx.audit({
    action: "field_job.complete",
    entityType: "field_job",
    entityId: job.id,
    before: { status: job.status },
    after: { status: "done", kind: job.kind, completedOn: input.completedOn, deviceId, rxPowerDbm: input.rxPowerDbm ?? null, signalFlag: signal.flag },
  });
  return { kind: job.kind, signalFlag: signal.flag, expectedRxDbm: signal.expected };
}

async function currentPort(ctx: FieldJobCtx, subscriptionId: string): Promise<string | null> {
  const [port] = await ctx.tx.select({ id: napPorts.id }).from(napPorts).where(and(eq(napPorts.subscriptionId, subscriptionId), inArray(napPorts.state, ["in_use"])));
  return port?.id ?? null;
}
