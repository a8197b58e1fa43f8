import { z } from "zod";
import { columnMappingSchema } from "./fields";
import { MAX_FILE_BYTES } from "./limits";

/**
 * What the import page posts at each step. The browser keeps the file's text
 * and sends it with every step (as a string field, so the action re-reads the
 * very bytes the user chose); the server never trusts an earlier reading.
 */
const mapping = z.string().transform((value, ctx) => {
  try {
    const parsed = columnMappingSchema.safeParse(JSON.parse(value));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to the issue below
  }
  ctx.addIssue({ code: "custom", message: "Choose which column holds what, then preview again." });
  return z.NEVER;
});

export const importFileSchema = z.object({
  // Browsers send just the name; strip any path anyway, it ends up in the audit log.
  fileName: z
    .string()
    .trim()
    .max(255, "Rename the file to something shorter.")
    .transform((v) => v.split(/[\\/]/).pop() || "customers.csv"),
  csv: z.string().min(1, "Choose a CSV file.").max(MAX_FILE_BYTES, "The file is larger than 5 MB: split it into smaller files."),
  mapping,
});

const place = z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().trim().max(100, "Use at most 100 characters."));

/** City and province are checked by the action, which knows whether the file's new barangays need them. */
export const importCommitSchema = importFileSchema.extend({
  createBarangays: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  city: place,
  province: place,
});
export type ImportCommitInput = z.infer<typeof importCommitSchema>;
