import { z } from "zod";
import { FIELD_JOB_KINDS } from "@/db/schema/plant";
import { gpsFields } from "./plant";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalId = (message: string) => z.preprocess(blankToUndefined, z.uuid(message).optional());
const notes = z.preprocess((v) => (v == null ? "" : v), z.string().trim().max(1000, "Keep the notes to at most 1,000 characters."));
const day = (message: string) => z.iso.date(message);

export const scheduleFieldJobSchema = z
  .object({
    kind: z.enum(FIELD_JOB_KINDS, { message: "Choose the kind of job." }),
    subscriptionId: z.uuid("That subscription was not found."),
    scheduledOn: day("Enter the day of the visit, like 2026-12-10."),
    technicianId: optionalId("Choose a technician from the list."),
    napPortId: optionalId("Choose a free port."),
    deviceId: optionalId("Choose a device from stock."),
    notes,
  })
  .superRefine((v, ctx) => {
    if ((v.kind === "installation" || v.kind === "relocation" || v.kind === "port_swap") && !v.napPortId) {
      ctx.addIssue({ code: "custom", path: ["napPortId"], message: "Choose the NAP port to connect." });
    }
    if (v.kind === "device_swap" && !v.deviceId) ctx.addIssue({ code: "custom", path: ["deviceId"], message: "Choose the replacement device." });
  });
export type ScheduleFieldJobInput = z.infer<typeof scheduleFieldJobSchema>;

const optionalNumber = (label: string, min: number, max: number, int = false) =>
  z.preprocess(
    blankToUndefined,
    (int ? z.coerce.number({ message: `Enter the ${label} as a number.` }).int(`Enter the ${label} as a whole number.`) : z.coerce.number({ message: `Enter the ${label} as a number.` }))
      .min(min, `The ${label} is between ${min} and ${max}.`)
      .max(max, `The ${label} is between ${min} and ${max}.`)
      .optional(),
  );

export const completeFieldJobSchema = z
  .object({
    id: z.uuid("That job was not found."),
    completedOn: day("Enter the day the work was done."),
    /** The serial on the device the technician installed (scanned or typed); empty: the one scheduled. */
    deviceSerial: z.preprocess((v) => (v == null ? "" : v), z.string().trim().max(40, "A serial number has at most 40 characters.")),
    ...gpsFields,
    dropLengthM: optionalNumber("drop cable length in metres", 0, 5000, true),
    rxPowerDbm: optionalNumber("receive power in dBm", -50, 10),
    /** What happens to the port the line leaves (relocation, port swap, pull-out). */
    previousPortState: z.preprocess(blankToUndefined, z.enum(["free", "faulty"]).default("free")),
    /** What happens to the device taken away (device swap, pull-out). */
    previousDeviceStatus: z.preprocess(blankToUndefined, z.enum(["in_stock", "returned", "defective", "lost"]).default("returned")),
    notes,
  })
  .superRefine((v, ctx) => {
    if ((v.latitude === undefined) !== (v.longitude === undefined)) {
      ctx.addIssue({ code: "custom", path: [v.latitude === undefined ? "latitude" : "longitude"], message: "Record both latitude and longitude, or neither." });
    }
  });
export type CompleteFieldJobInput = z.infer<typeof completeFieldJobSchema>;

export const cancelFieldJobSchema = z.object({
  id: z.uuid("That job was not found."),
  reason: z.string().trim().min(3, "Say why the job is cancelled.").max(300, "Keep the reason to at most 300 characters."),
});
