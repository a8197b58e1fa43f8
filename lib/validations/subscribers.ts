import { z } from "zod";
import { toMicrodegrees } from "@/lib/map/coordinates";
import { normalizePhMobile, MOBILE_HINT } from "@/lib/customers/mobile";
import { parsePesos } from "@/lib/money";
import { BUYER_TIN_HINT, normalizeBuyerTin } from "./billing-settings";

const trimmed = (max: number, label: string) => z.string().trim().max(max, `${label}: use at most ${max} characters.`);
const required = (max: number, message: string) => z.string().trim().min(1, message).max(max, `Use at most ${max} characters.`);
const optionalText = (max: number) => z.preprocess((v) => (v == null ? "" : v), trimmed(max, "Text"));

export const barangaySchema = z.object({
  name: required(100, "Enter the barangay's name."),
  city: required(100, "Enter the city or municipality."),
  province: required(100, "Enter the province."),
  psgcCode: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().regex(/^\d{9,10}$/, "A PSGC code has 9 or 10 digits.").optional(),
  ),
});
export type BarangayInput = z.infer<typeof barangaySchema>;

const pesos = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label}.`)
    .transform((v, ctx) => {
      const c = parsePesos(v);
      if (c === null) {
        ctx.addIssue({ code: "custom", message: `Enter the ${label} in pesos, like 1,299 or 1299.50.` });
        return z.NEVER;
      }
      return c;
    });

const mbps = (label: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.coerce
    .number({ message: `Enter the ${label} speed in Mbps.` })
    .int(`Enter the ${label} speed as a whole number of Mbps.`)
    .min(1, `The ${label} speed must be at least 1 Mbps.`)
    .max(100_000, `That ${label} speed is too high.`));

export const planSchema = z.object({
  name: required(80, "Enter the plan's name."),
  downloadMbps: mbps("download"),
  uploadMbps: mbps("upload"),
  monthlyFee: pesos("monthly fee"),
  installationFee: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? "0" : v), pesos("installation fee")),
  description: optionalText(500),
});
export type PlanInput = z.infer<typeof planSchema>;

const mobile = z
  .string()
  .trim()
  .min(1, "Enter a mobile number.")
  .transform((v, ctx) => {
    const n = normalizePhMobile(v);
    if (!n) {
      ctx.addIssue({ code: "custom", message: MOBILE_HINT });
      return z.NEVER;
    }
    return n;
  });

const coordinate = (min: number, max: number, label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce
      .number({ message: `Enter the ${label} as a number.` })
      .min(min, `${label} is between ${min} and ${max}.`)
      .max(max, `${label} is between ${min} and ${max}.`)
      .transform(toMicrodegrees)
      .optional(),
  );

export const customerSchema = z
  .object({
    firstName: required(80, "Enter the first name."),
    lastName: required(80, "Enter the last name."),
    mobile,
    email: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address, or leave it empty.")).optional(),
    ),
    addressLine: optionalText(200),
    barangayId: z.uuid("Choose a barangay."),
    latitude: coordinate(-90, 90, "Latitude"),
    longitude: coordinate(-180, 180, "Longitude"),
    notes: optionalText(2000),
    // Optional in the type too: imports and older callers leave it out, and it is then "" (none).
    tin: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z
        .string()
        .trim()
        .transform((v, ctx) => {
          const digits = normalizeBuyerTin(v);
          if (!digits) ctx.addIssue({ code: "custom", message: `A TIN has ${BUYER_TIN_HINT}` });
          return digits ?? "";
        })
        .optional(),
    ),
  })
  .refine((c) => (c.latitude === undefined) === (c.longitude === undefined), {
    message: "Enter both latitude and longitude, or neither.",
    path: ["longitude"],
    // Checked even when other fields are wrong, so every problem shows at once.
    when: (payload) => payload.issues.every((i) => i.path?.[0] !== "latitude" && i.path?.[0] !== "longitude"),
  });
export type CustomerInput = z.infer<typeof customerSchema>;

const isoDate = (message: string) => z.iso.date(message);

export const customerStatusSchema = z.object({
  id: z.uuid(),
  status: z.enum(["active", "suspended", "disconnected", "terminated"], "Choose a status."),
  reason: required(300, "Say why the status changes."),
  effectiveDate: isoDate("Enter the date of the change."),
});

export const newSubscriptionSchema = z
  .object({
    customerId: z.uuid(),
    planId: z.uuid("Choose a plan."),
    startDate: isoDate("Enter the start date."),
    label: optionalText(60),
    /** A subscriber brought over from another billing system: the last day it billed (empty: a new line, billed here from activation). */
    billedElsewhereUntil: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), isoDate("Enter the date like 2026-11-30, or leave it empty.").optional()),
  })
  .refine((v) => !v.billedElsewhereUntil || v.billedElsewhereUntil >= v.startDate, {
    path: ["billedElsewhereUntil"],
    message: "Use a date on or after the start date: the other system billed this line from its start.",
  });

export const subscriptionDateSchema = z.object({ id: z.uuid(), date: isoDate("Enter a date.") });
export const changePlanSchema = subscriptionDateSchema.extend({ planId: z.uuid("Choose the new plan.") });
export const suspendSchema = subscriptionDateSchema.extend({ reason: required(300, "Say why.") });
export const cancelSchema = subscriptionDateSchema.extend({ reason: required(300, "Say why the subscription ends.") });
