import { z } from "zod";

const text = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.string().max(max).optional()).catch(undefined);

/** The barangay list's search and filters from the URL; anything malformed is ignored rather than failing the page. */
export const barangayListParams = z.object({
  q: text(100),
  province: text(100),
  city: text(100),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type BarangayListParams = z.infer<typeof barangayListParams>;

/** The PSGC import's chosen province and city (PSGC codes) from the URL. */
export const psgcImportParams = z.object({
  province: z.string().regex(/^\d{10}$/).optional().catch(undefined),
  city: z.string().regex(/^\d{10}$/).optional().catch(undefined),
});
