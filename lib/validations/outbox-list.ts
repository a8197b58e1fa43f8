import { z } from "zod";
import { OUTBOX_STATUSES, TEMPLATE_KEYS } from "@/db/schema/notifications";

export const OUTBOX_SORTS = ["created", "sent", "attempts"] as const;
export type OutboxSort = (typeof OUTBOX_SORTS)[number];
export const OUTBOX_PAGE_SIZES = [25, 50, 100] as const;

const blank = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
const date = z.preprocess(blank, z.iso.date().optional()).catch(undefined);

/**
 * Notifications > Outbox list state, read from the URL. Malformed values fall
 * back to defaults instead of failing the page.
 */
export const outboxListSchema = z.object({
  /** Recipient (mobile in +63 or 0 form, email), customer name or account number. */
  q: z.preprocess(blank, z.string().max(100).optional()).catch(undefined),
  status: z.preprocess(blank, z.enum(OUTBOX_STATUSES).optional()).catch(undefined),
  channel: z.preprocess(blank, z.enum(["sms", "email"]).optional()).catch(undefined),
  template: z.preprocess(blank, z.enum(TEMPLATE_KEYS).optional()).catch(undefined),
  /** Created on or after / on or before these calendar days, in the tenant's time zone. */
  from: date,
  to: date,
  sort: z.enum(OUTBOX_SORTS).catch("created"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  size: z.coerce
    .number()
    .refine((n) => (OUTBOX_PAGE_SIZES as readonly number[]).includes(n))
    .catch(50),
});

export type OutboxListState = z.infer<typeof outboxListSchema>;

/** The URL query of a list state, leaving out defaults so links stay short. */
export function outboxListQuery(state: Partial<OutboxListState>): string {
  const q = new URLSearchParams();
  for (const key of ["q", "status", "channel", "template", "from", "to"] as const) {
    const value = state[key];
    if (value) q.set(key, value);
  }
  if (state.sort && state.sort !== "created") q.set("sort", state.sort);
  if (state.dir && state.dir !== "desc") q.set("dir", state.dir);
  if (state.page && state.page > 1) q.set("page", String(state.page));
  if (state.size && state.size !== 50) q.set("size", String(state.size));
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The retry button's form: one message id. */
export const retryMessageSchema = z.object({ id: z.uuid("Pick a message to retry.") });
