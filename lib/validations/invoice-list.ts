import { z } from "zod";

export const INVOICE_FILTER_STATUSES = ["open", "partially_paid", "paid", "void", "overdue"] as const;
export type InvoiceFilterStatus = (typeof INVOICE_FILTER_STATUSES)[number];
export const INVOICE_SORTS = ["number", "customer", "period", "issue", "due", "total", "balance"] as const;
export type InvoiceSort = (typeof INVOICE_SORTS)[number];
export const INVOICE_PAGE_SIZES = [25, 50, 100] as const;
/** "More than N days overdue" choices of the filter. */
export const OVERDUE_DAYS = [7, 15, 30, 60, 90] as const;

const blank = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

/**
 * The invoice list's state, read from the URL (bookmarkable, back button
 * works). Malformed values fall back to defaults instead of failing the page.
 */
export const invoiceListSchema = z.object({
  q: z.preprocess(blank, z.string().max(100).optional()).catch(undefined),
  status: z.preprocess(blank, z.enum(INVOICE_FILTER_STATUSES).optional()).catch(undefined),
  /** Month of the period start, YYYY-MM. */
  period: z.preprocess(blank, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional()).catch(undefined),
  barangay: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  overdue: z.preprocess(blank, z.coerce.number().int().min(1).max(3650).optional()).catch(undefined),
  run: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  sort: z.enum(INVOICE_SORTS).catch("number"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  size: z.coerce
    .number()
    .refine((n) => (INVOICE_PAGE_SIZES as readonly number[]).includes(n))
    .catch(50),
});

export type InvoiceListState = z.infer<typeof invoiceListSchema>;

/** The URL query of a list state, leaving out defaults so links stay short. */
export function invoiceListQuery(state: Partial<InvoiceListState>): string {
  const q = new URLSearchParams();
  if (state.q) q.set("q", state.q);
  if (state.status) q.set("status", state.status);
  if (state.period) q.set("period", state.period);
  if (state.barangay) q.set("barangay", state.barangay);
  if (state.overdue) q.set("overdue", String(state.overdue));
  if (state.run) q.set("run", state.run);
  if (state.sort && state.sort !== "number") q.set("sort", state.sort);
  if (state.dir && state.dir !== "desc") q.set("dir", state.dir);
  if (state.page && state.page > 1) q.set("page", String(state.page));
  if (state.size && state.size !== 50) q.set("size", String(state.size));
  const s = q.toString();
  return s ? `?${s}` : "";
}
