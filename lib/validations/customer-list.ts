import { z } from "zod";
import { CUSTOMER_STATUSES } from "@/db/schema/subscribers";

export const CUSTOMER_SORTS = ["name", "account", "created", "status", "balance"] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];
export const CUSTOMER_PAGE_SIZES = [25, 50, 100] as const;
export const CUSTOMER_COLUMNS = ["account", "name", "mobile", "barangay", "plans", "balance", "status", "created"] as const;
/** The balance filter: who owes money, who holds credit. */
export const BALANCE_FILTERS = ["owing", "credit"] as const;
export type CustomerColumn = (typeof CUSTOMER_COLUMNS)[number];

const blank = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
const list = (v: unknown) => (typeof v === "string" ? v.split(",").filter(Boolean) : []);

/**
 * The customer list's state, read from the URL (so a filtered view can be
 * bookmarked and the back button works). Malformed values fall back to defaults.
 */
export const customerListSchema = z.object({
  q: z.preprocess(blank, z.string().max(100).optional()).catch(undefined),
  status: z.preprocess(blank, z.enum(CUSTOMER_STATUSES).optional()).catch(undefined),
  barangay: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  plan: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  balance: z.preprocess(blank, z.enum(BALANCE_FILTERS).optional()).catch(undefined),
  sort: z.enum(CUSTOMER_SORTS).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  // Keyset paging: Next links carry the last customer shown, Previous the first.
  after: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  before: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  size: z.coerce
    .number()
    .refine((n) => (CUSTOMER_PAGE_SIZES as readonly number[]).includes(n))
    .catch(50),
  // The name is the link to each customer: it cannot be hidden, not even by editing the URL.
  hide: z
    .preprocess(list, z.array(z.enum(CUSTOMER_COLUMNS)))
    .transform((hide) => hide.filter((c) => c !== "name"))
    .catch([]),
});

export type CustomerListState = z.infer<typeof customerListSchema>;

/** Whether a view is narrowed by a search or a filter (the empty list then says so, and offers Clear). */
export function isFilteredView(state: Pick<CustomerListState, "q" | "status" | "barangay" | "plan" | "balance">): boolean {
  return Boolean(state.q || state.status || state.barangay || state.plan || state.balance);
}

/** The state after a change: back to page 1 unless paging, and a paging cursor belongs to one move only. */
export function nextCustomerListState(state: CustomerListState, patch: Partial<CustomerListState>): CustomerListState {
  return { ...state, ...patch, page: patch.page ?? 1, after: patch.after, before: patch.before };
}

/** The URL query of a list state, leaving out defaults so links stay short. */
export function customerListQuery(state: Partial<CustomerListState>): string {
  const q = new URLSearchParams();
  if (state.q) q.set("q", state.q);
  if (state.status) q.set("status", state.status);
  if (state.barangay) q.set("barangay", state.barangay);
  if (state.plan) q.set("plan", state.plan);
  if (state.balance) q.set("balance", state.balance);
  if (state.sort && state.sort !== "name") q.set("sort", state.sort);
  if (state.dir && state.dir !== "asc") q.set("dir", state.dir);
  if (state.page && state.page > 1) q.set("page", String(state.page));
  if (state.after) q.set("after", state.after);
  else if (state.before) q.set("before", state.before);
  if (state.size && state.size !== 50) q.set("size", String(state.size));
  if (state.hide && state.hide.length) q.set("hide", state.hide.join(","));
  const s = q.toString();
  return s ? `?${s}` : "";
}
