import { z } from "zod";
import { OUTAGE_TARGET_KINDS } from "@/db/schema/outages";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const localTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

export const declareOutageSchema = z.object({
  targetKind: z.enum(OUTAGE_TARGET_KINDS, "Choose what went down."),
  target: z.string().trim().min(1, "Enter the NAP or LCP code, or the PON port.").max(120, "Use at most 120 characters."),
  cause: z.string().trim().min(1, "Say what happened (a cut cable, a power failure...).").max(200, "Use at most 200 characters."),
  startedAt: z.string().trim().regex(localTime, "Enter the date and time it started."),
  expectedRestorationAt: z.preprocess(blankToUndefined, z.string().trim().regex(localTime, "Enter a date and time, or leave it empty.").optional()),
});
export type DeclareOutageInput = z.infer<typeof declareOutageSchema>;

export const resolveOutageSchema = z.object({
  id: z.uuid(),
  resolvedAt: z.string().trim().regex(localTime, "Enter the date and time service came back."),
  resolution: z.preprocess((v) => (v == null ? "" : v), z.string().trim().max(200, "Use at most 200 characters.")),
});
export type ResolveOutageInput = z.infer<typeof resolveOutageSchema>;

export const outageCreditSettingsSchema = z.object({
  outageCreditAfterHours: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: "Enter a number of hours, or leave it empty." }).int("Enter whole hours.").min(1, "At least 1 hour.").max(720, "At most 720 hours (30 days).").optional(),
  ),
});
