import { z } from "zod";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : undefined);
const date = z.preprocess(blankToUndefined, z.iso.date().optional()).catch(undefined);

/** Audit log filters from the URL; anything malformed is ignored rather than failing the page. */
export const auditFiltersSchema = z.object({
  user: z.preprocess(blankToUndefined, z.uuid().optional()).catch(undefined),
  entity: z.preprocess(blankToUndefined, z.string().max(50).optional()).catch(undefined),
  action: z.preprocess(blankToUndefined, z.string().max(80).optional()).catch(undefined),
  from: date,
  to: date,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
