import { z } from "zod";

export const NAP_SORTS = ["code", "free", "utilisation", "barangay"] as const;
export type NapSort = (typeof NAP_SORTS)[number];
/** has_free: at least one free port; low: one or two free; full: none free; faulty: a port marked faulty. */
export const NAP_UTILISATION_FILTERS = ["has_free", "low", "full", "faulty", "flagged"] as const;
export type NapUtilisationFilter = (typeof NAP_UTILISATION_FILTERS)[number];
export const PLANT_PAGE_SIZES = [25, 50, 100] as const;

const blank = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

/** Network > Plant > NAPs list state, read from the URL; malformed values fall back to defaults. */
export const napListSchema = z.object({
  q: z.preprocess(blank, z.string().max(60).optional()).catch(undefined),
  barangay: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  lcp: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  utilisation: z.preprocess(blank, z.enum(NAP_UTILISATION_FILTERS).optional()).catch(undefined),
  sort: z.enum(NAP_SORTS).catch("code"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce
    .number()
    .refine((n) => (PLANT_PAGE_SIZES as readonly number[]).includes(n))
    .catch(50),
});
export type NapListState = z.infer<typeof napListSchema>;

export function napListQuery(state: Partial<NapListState>): string {
  const q = new URLSearchParams();
  for (const key of ["q", "barangay", "lcp", "utilisation"] as const) {
    const value = state[key];
    if (value) q.set(key, value);
  }
  if (state.sort && state.sort !== "code") q.set("sort", state.sort);
  if (state.dir && state.dir !== "asc") q.set("dir", state.dir);
  if (state.page && state.page > 1) q.set("page", String(state.page));
  if (state.size && state.size !== 50) q.set("size", String(state.size));
  const s = q.toString();
  return s ? `?${s}` : "";
}

export const LCP_SORTS = ["code", "free", "utilisation", "barangay"] as const;
export type LcpSort = (typeof LCP_SORTS)[number];

export const lcpListSchema = z.object({
  q: z.preprocess(blank, z.string().max(60).optional()).catch(undefined),
  barangay: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  sort: z.enum(LCP_SORTS).catch("code"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce
    .number()
    .refine((n) => (PLANT_PAGE_SIZES as readonly number[]).includes(n))
    .catch(50),
});
export type LcpListState = z.infer<typeof lcpListSchema>;

export function lcpListQuery(state: Partial<LcpListState>): string {
  const q = new URLSearchParams();
  for (const key of ["q", "barangay"] as const) {
    const value = state[key];
    if (value) q.set(key, value);
  }
  if (state.sort && state.sort !== "code") q.set("sort", state.sort);
  if (state.dir && state.dir !== "asc") q.set("dir", state.dir);
  if (state.page && state.page > 1) q.set("page", String(state.page));
  if (state.size && state.size !== 50) q.set("size", String(state.size));
  const s = q.toString();
  return s ? `?${s}` : "";
}
