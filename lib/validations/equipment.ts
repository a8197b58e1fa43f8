import { z } from "zod";
import { DEVICE_KINDS, DEVICE_STATUSES } from "@/db/schema/plant";
import { MAC_HINT, normalizeMac } from "@/lib/equipment/identifiers";
import { describePasteProblem, MAX_DEVICES_PER_DELIVERY, parseSerialPaste } from "@/lib/equipment/paste";
import { parsePesos } from "@/lib/money";

const blank = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
const text = (max: number, label: string) => z.preprocess((v) => (v == null ? "" : v), z.string().trim().max(max, `Keep the ${label} to at most ${max.toLocaleString("en")} characters.`));

/* ---------- the list ---------- */

export const DEVICE_SORTS = ["serial", "kind", "model", "status", "cost", "moved"] as const;
export type DeviceSort = (typeof DEVICE_SORTS)[number];
export const DEVICE_PAGE_SIZES = [25, 50, 100] as const;

/**
 * Network > Equipment list state, read from the URL so a view can be
 * bookmarked and Back works. Malformed values fall back to defaults.
 */
export const deviceListSchema = z.object({
  /** Serial number or MAC, in any usual writing. */
  q: z.preprocess(blank, z.string().max(60).optional()).catch(undefined),
  kind: z.preprocess(blank, z.enum(DEVICE_KINDS).optional()).catch(undefined),
  status: z.preprocess(blank, z.enum(DEVICE_STATUSES).optional()).catch(undefined),
  technician: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  /** "Brand|Model" as the filter's option value (either may be empty). */
  model: z.preprocess(blank, z.string().max(200).optional()).catch(undefined),
  sort: z.enum(DEVICE_SORTS).catch("moved"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  size: z.coerce
    .number()
    .refine((n) => (DEVICE_PAGE_SIZES as readonly number[]).includes(n))
    .catch(50),
});
export type DeviceListState = z.infer<typeof deviceListSchema>;

export function isFilteredDeviceView(state: Pick<DeviceListState, "q" | "kind" | "status" | "technician" | "model">): boolean {
  return Boolean(state.q || state.kind || state.status || state.technician || state.model);
}

/** The URL query of a list state, leaving out defaults so links stay short. */
export function deviceListQuery(state: Partial<DeviceListState>): string {
  const q = new URLSearchParams();
  for (const key of ["q", "kind", "status", "technician", "model"] as const) {
    const value = state[key];
    if (value) q.set(key, value);
  }
  if (state.sort && state.sort !== "moved") q.set("sort", state.sort);
  if (state.dir && state.dir !== "desc") q.set("dir", state.dir);
  if (state.page && state.page > 1) q.set("page", String(state.page));
  if (state.size && state.size !== 50) q.set("size", String(state.size));
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The brand/model filter's value for a pair, and back. */
export const modelKey = (brand: string, model: string) => `${brand}|${model}`;
export function parseModelKey(key: string | undefined): { brand: string; model: string } | null {
  if (!key || !key.includes("|")) return null;
  const [brand, model] = key.split("|", 2) as [string, string];
  return { brand, model };
}

/* ---------- receiving ---------- */

const purchaseCost = z.preprocess(
  blank,
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return null;
      const c = parsePesos(v);
      if (c === null) {
        ctx.addIssue({ code: "custom", message: "Enter the cost in pesos, like 1,800 or 1800.50." });
        return z.NEVER;
      }
      return c;
    }),
);

const kind = z.enum(DEVICE_KINDS, { message: "Choose ONU or router." });
const brand = text(60, "brand");
const model = text(60, "model");

/**
 * A delivery: one kind, brand, model and unit cost, and the pasted or
 * scanned serials (one a line, optionally with a MAC). Every bad line is
 * reported under `serials`, one message a line.
 */
export const receiveDevicesSchema = z.object({
  kind,
  brand,
  model,
  purchaseCost,
  /** The pasted lines, read into devices; each bad line is one message under this field. */
  serials: z.preprocess(
    (v) => (v == null ? "" : v),
    z
      .string()
      .max(60_000, `Paste at most ${MAX_DEVICES_PER_DELIVERY} devices at a time.`)
      .transform((v, ctx) => {
        const { devices, problems } = parseSerialPaste(v);
        for (const p of problems.slice(0, 20)) ctx.addIssue({ code: "custom", message: describePasteProblem(p) });
        if (problems.length > 20) ctx.addIssue({ code: "custom", message: `… and ${problems.length - 20} more lines to fix.` });
        if (problems.length === 0 && devices.length === 0) ctx.addIssue({ code: "custom", message: "Paste or scan at least one serial number." });
        if (devices.length > MAX_DEVICES_PER_DELIVERY) ctx.addIssue({ code: "custom", message: `Receive at most ${MAX_DEVICES_PER_DELIVERY} devices at a time; split the delivery.` });
        if (problems.length > 0 || devices.length === 0 || devices.length > MAX_DEVICES_PER_DELIVERY) return z.NEVER;
        return devices.map((d) => ({ serialNumber: d.serialNumber, mac: d.mac }));
      }),
  ),
  note: text(300, "note"),
});
export type ReceiveDevicesFormInput = z.infer<typeof receiveDevicesSchema>;

/* ---------- one device ---------- */

const deviceId = z.uuid("That device was not found.");

export const handToTechnicianSchema = z.object({
  id: deviceId,
  technicianId: z.uuid("Choose a technician from the list."),
  note: text(300, "note"),
});
export type HandToTechnicianInput = z.infer<typeof handToTechnicianSchema>;

export const returnToStockSchema = z.object({ id: deviceId, note: text(300, "note") });
export type ReturnToStockInput = z.infer<typeof returnToStockSchema>;

export const WRITE_OFF_STATUSES = ["returned", "defective", "lost"] as const;
export const writeOffSchema = z.object({
  id: deviceId,
  status: z.enum(WRITE_OFF_STATUSES, { message: "Choose returned, defective or lost." }),
  note: z.preprocess((v) => (v == null ? "" : v), z.string().trim().min(3, "Say what happened, in a few words.").max(300, "Keep the note to at most 300 characters.")),
});
export type WriteOffInput = z.infer<typeof writeOffSchema>;

export const updateDeviceSchema = z.object({
  id: deviceId,
  brand,
  model,
  purchaseCost,
  mac: z.preprocess(
    blank,
    z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return null;
        const mac = normalizeMac(v);
        if (!mac) {
          ctx.addIssue({ code: "custom", message: MAC_HINT });
          return z.NEVER;
        }
        return mac;
      }),
  ),
  notes: text(1000, "notes"),
});
export type UpdateDeviceInput = z.infer<typeof updateDeviceSchema>;
