import { z } from "zod";
import { WORK_ITEM_KINDS } from "@/db/schema/operations";

export const WORK_ITEM_STATUSES = ["open", "done", "cancelled", "all"] as const;
export type WorkItemStatusFilter = (typeof WORK_ITEM_STATUSES)[number];

const blank = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

/**
 * Field work list state, read from the URL. A malformed value falls back to
 * its default instead of failing the page (a technician's bookmark still opens).
 * `date` left out means the tenant's today, which only the page knows.
 */
export const workItemFiltersSchema = z.object({
  kind: z.preprocess(blank, z.enum(WORK_ITEM_KINDS).optional()).catch(undefined),
  barangay: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  status: z.preprocess(blank, z.enum(WORK_ITEM_STATUSES).optional()).catch(undefined).transform((s) => s ?? "open"),
  date: z.preprocess(blank, z.iso.date().optional()).catch(undefined),
});

export type WorkItemFilters = z.output<typeof workItemFiltersSchema>;

export const NOTE_MAX = 500;

/** A technician marks a job done; the note ("ONU retrieved", "new drop cable") is optional. */
export const completeWorkItemSchema = z.object({
  id: z.uuid("That job was not found."),
  note: z.string().trim().max(NOTE_MAX, `Keep the note to at most ${NOTE_MAX} characters.`).default(""),
});
