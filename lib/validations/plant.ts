import { z } from "zod";
import { toMicrodegrees } from "@/lib/map/coordinates";
import { LCP_SPLITTER_RATIOS, NAP_SPLITTER_RATIOS } from "@/db/schema/plant";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const required = (max: number, message: string) => z.string().trim().min(1, message).max(max, `Use at most ${max} characters.`);
const optionalText = (max: number) => z.preprocess((v) => (v == null ? "" : v), z.string().trim().max(max, `Use at most ${max} characters.`));
const optionalId = z.preprocess(blankToUndefined, z.uuid("Choose one from the list.").optional());

const coordinate = (min: number, max: number, label: string) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: `Enter the ${label.toLowerCase()} as a number, like 8.4542.` })
      .min(min, `${label} is between ${min} and ${max}.`)
      .max(max, `${label} is between ${min} and ${max}.`)
      .transform(toMicrodegrees)
      .optional(),
  );

/** Latitude and longitude, both or neither (a refinement keeps the message next to the field). */
export const gpsFields = { latitude: coordinate(-90, 90, "Latitude"), longitude: coordinate(-180, 180, "Longitude") };
function bothOrNeither(value: { latitude?: number; longitude?: number }, ctx: z.RefinementCtx) {
  if ((value.latitude === undefined) !== (value.longitude === undefined)) {
    ctx.addIssue({ code: "custom", path: [value.latitude === undefined ? "latitude" : "longitude"], message: "Enter both latitude and longitude, or neither." });
  }
}

const wholeNumber = (label: string, min: number, max: number, fallback?: number) =>
  z.preprocess(
    (v) => (blankToUndefined(v) === undefined && fallback !== undefined ? fallback : blankToUndefined(v)),
    z.coerce
      .number({ message: `Enter the ${label} as a whole number.` })
      .int(`Enter the ${label} as a whole number.`)
      .min(min, `The ${label} is between ${min} and ${max}.`)
      .max(max, `The ${label} is between ${min} and ${max}.`),
  );

const ratio = (allowed: readonly number[]) =>
  z.coerce
    .number({ message: "Choose the splitter ratio." })
    .refine((n) => allowed.includes(n), { message: `Choose the splitter ratio: ${allowed.map((r) => `1:${r}`).join(", ")}.` });

export const oltSchema = z
  .object({
    name: required(80, "Enter the OLT's name."),
    vendor: optionalText(80),
    model: optionalText(80),
    site: optionalText(120),
    ...gpsFields,
    managementAddress: optionalText(200),
    notes: optionalText(1000),
  })
  .superRefine(bothOrNeither);
export type OltInput = z.infer<typeof oltSchema>;

export const ponPortSchema = z.object({
  oltId: z.uuid("Choose the OLT."),
  label: required(20, "Enter the slot/port, like 0/1/3."),
  txPowerDbm: z.preprocess(
    (v) => (blankToUndefined(v) === undefined ? 3 : v),
    z.coerce.number({ message: "Enter the transmit power in dBm, like 3.5." }).min(-10, "Transmit power is between −10 and 15 dBm.").max(15, "Transmit power is between −10 and 15 dBm."),
  ),
  notes: optionalText(500),
});
export type PonPortInput = z.infer<typeof ponPortSchema>;

/** A plant code as ISPs write them on the box: letters, digits, dashes ("LCP-03", "NAP-12A"). */
export const plantCode = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label} code.`)
    .max(30, "Use at most 30 characters.")
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/, "Use letters, digits, spaces, dots, dashes and slashes.");

export const lcpSchema = z
  .object({
    code: plantCode("LCP"),
    name: optionalText(100),
    barangayId: optionalId,
    ...gpsFields,
    ponPortId: optionalId,
    splitterRatio: ratio(LCP_SPLITTER_RATIOS),
    feederLengthM: wholeNumber("feeder length in metres", 0, 60000, 0),
    notes: optionalText(1000),
  })
  .superRefine(bothOrNeither);
export type LcpInput = z.infer<typeof lcpSchema>;

export const napSchema = z
  .object({
    code: plantCode("NAP"),
    name: optionalText(100),
    lcpId: z.uuid("Choose the LCP that feeds this NAP."),
    barangayId: optionalId,
    ...gpsFields,
    poleNumber: optionalText(40),
    splitterRatio: ratio(NAP_SPLITTER_RATIOS),
    distanceFromLcpM: wholeNumber("distance from the LCP in metres", 0, 20000, 0),
    notes: optionalText(1000),
  })
  .superRefine(bothOrNeither);
export type NapInput = z.infer<typeof napSchema>;

export const napPortStateSchema = z.object({
  portId: z.uuid(),
  state: z.enum(["free", "faulty"], { message: "A port is marked free or faulty here; installations reserve and connect ports." }),
  note: optionalText(200),
});

const decibels = (label: string, min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: `Enter the ${label} in dB, like 10.5.` }).min(min, `The ${label} is between ${min} and ${max}.`).max(max, `The ${label} is between ${min} and ${max}.`),
  );

/** Settings > Plant: the optical budget the loss check uses. */
export const plantSettingsSchema = z.object({
  loss2: decibels("1:2 splitter loss", 0, 10),
  loss4: decibels("1:4 splitter loss", 0, 15),
  loss8: decibels("1:8 splitter loss", 0, 20),
  loss16: decibels("1:16 splitter loss", 0, 25),
  loss32: decibels("1:32 splitter loss", 0, 30),
  fibreLossDbPerKm: decibels("fibre loss per km", 0, 2),
  connectorAllowanceDb: decibels("connector allowance", 0, 10),
  toleranceDb: decibels("tolerance", 0.5, 10),
  minimumRxDbm: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: "Enter the lowest acceptable power in dBm, like -27." }).min(-40, "The lowest acceptable power is between -40 and -10 dBm.").max(-10, "The lowest acceptable power is between -40 and -10 dBm."),
  ),
});
