import { z } from "zod";
import type { BusinessHours, SlaTargets } from "@/lib/tickets/sla";

/**
 * The tenant's SLA settings: the helpdesk's opening hours (per weekday, in its
 * time zone, with holidays) and the hours per priority. Messages name the day
 * or priority so the settings form can show them beside the field.
 */

const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** 00:00–23:59; a closing time may also be 24:00, the end of the day (for round-the-clock days). */
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function dayHoursSchema(day: number) {
  const name = DAY_NAMES[day]!;
  return z
    .object({
      open: z.string().trim().regex(HH_MM, `Enter ${name}'s opening time as HH:MM, like 08:00.`),
      close: z
        .string()
        .trim()
        .refine((v) => HH_MM.test(v) || v === "24:00", `Enter ${name}'s closing time as HH:MM, like 17:00 (24:00 for midnight).`),
    })
    .refine((h) => !HH_MM.test(h.open) || minutesOf(h.close) > minutesOf(h.open), {
      message: `${name}'s closing time must be after its opening time.`,
      path: ["close"],
    })
    .nullable();
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export const businessHoursSchema = z
  .object({
    timeZone: z.string().trim().min(1, "Choose a time zone.").refine(isTimeZone, "Choose a time zone from the list, like Asia/Manila."),
    days: z.object({
      0: dayHoursSchema(0),
      1: dayHoursSchema(1),
      2: dayHoursSchema(2),
      3: dayHoursSchema(3),
      4: dayHoursSchema(4),
      5: dayHoursSchema(5),
      6: dayHoursSchema(6),
    }),
    holidays: z
      .array(z.string().trim().refine(isCalendarDate, "Enter each holiday as a date, like 2026-12-25."))
      .max(400, "At most 400 holidays.")
      // Kept sorted and without repeats, so the settings page lists them in order.
      .transform((dates) => [...new Set(dates)].sort()),
  })
  .refine((bh) => Object.values(bh.days).some((d) => d !== null), {
    message: "Open the helpdesk on at least one day, or SLA due times can never fall.",
    path: ["days"],
  }) satisfies z.ZodType<BusinessHours, unknown>;

/** The longest target accepted: a year of round-the-clock hours; more is a typo. */
const MAX_TARGET_HOURS = 8760;

function targetSchema(label: string) {
  const hours = (what: string) =>
    z.coerce
      .number({ error: `Enter the ${label} ${what} in hours, like 4 or 1.5.` })
      .positive(`The ${label} ${what} must be more than 0 hours.`)
      .max(MAX_TARGET_HOURS, `The ${label} ${what} can be at most ${MAX_TARGET_HOURS} hours.`);
  return z
    .object({ firstResponseHours: hours("first response time"), resolutionHours: hours("resolution time") })
    .refine((t) => t.resolutionHours >= t.firstResponseHours, {
      message: `The ${label} resolution time cannot be shorter than its first response time.`,
      path: ["resolutionHours"],
    });
}

export const slaTargetsSchema = z.object({
  low: targetSchema("low-priority"),
  normal: targetSchema("normal-priority"),
  high: targetSchema("high-priority"),
  urgent: targetSchema("urgent"),
}) satisfies z.ZodType<SlaTargets, unknown>;
