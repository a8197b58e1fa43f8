"use server";

import { z } from "zod";
import { tenantAction } from "@/lib/actions/tenant-action";
import { createBarangay, deleteBarangay, importBarangays, updateBarangay } from "@/lib/barangays/barangays";
import { checkBarangayCsv } from "@/lib/barangays/csv-check";
import { CSV_MAX_CHARS, CSV_MAX_ROWS } from "@/lib/barangays/csv-import";
import { listHref } from "@/lib/barangays/list-href";
import { previewPsgcImport } from "@/lib/barangays/psgc-preview";
import { UserFacingError } from "@/lib/errors";
import { barangaySchema } from "@/lib/validations/subscribers";

const revalidate = ["/barangays"];
const permission = "customers.edit";

export const createBarangayAction = tenantAction({ schema: barangaySchema, permission, revalidate }, async (ctx, input) => {
  await createBarangay(ctx, ctx.tenantId, input);
  // Back to the list, showing the new barangay among its neighbours.
  return { redirectTo: listHref({ province: input.province, city: input.city }) };
});

export const updateBarangayAction = tenantAction(
  { schema: barangaySchema.extend({ id: z.uuid("That barangay was not found.") }), permission, revalidate },
  async (ctx, { id, ...input }) => {
    await updateBarangay(ctx, id, input);
    return { redirectTo: listHref({ province: input.province, city: input.city }) };
  },
);

export const deleteBarangayAction = tenantAction(
  { schema: z.object({ id: z.uuid("That barangay was not found.") }), permission, revalidate },
  async (ctx, { id }) => {
    await deleteBarangay(ctx, id);
    return { redirectTo: "/barangays" };
  },
);

const psgcSchema = z.object({
  province: z.string().regex(/^\d{10}$/, "Choose a province."),
  city: z.string().regex(/^\d{10}$/, "Choose a city or municipality."),
});

/** Recomputes the PSGC preview on the server: the page's table is never taken as input. */
export const importPsgcAction = tenantAction({ schema: psgcSchema, permission, revalidate }, async (ctx, { province, city }) => {
  const preview = await previewPsgcImport(ctx.tx, province, city);
  if (!preview) throw new UserFacingError("That city or municipality is not in the PSGC list for this province. Choose it again.", { city: ["Choose a city or municipality of this province."] });
  const { added, skipped } = await importBarangays(ctx, ctx.tenantId, preview.toImport, `psgc:${city}`);
  const already = preview.barangays.length - preview.toImport.length + skipped;
  return {
    added,
    message: `Added ${plural(added, "barangay")} of ${preview.city.name}.${already > 0 ? ` ${plural(already, "was", "were")} already in your list.` : ""}`,
  };
});

const csvText = z
  .string()
  .min(1, "Choose a CSV file first.")
  .max(CSV_MAX_CHARS, `That file is too large: import at most ${CSV_MAX_ROWS.toLocaleString("en")} barangays at a time.`);

/** Checks a CSV and saves nothing: the browser keeps the file and sends it again to commit. */
export const previewBarangayCsvAction = tenantAction({ schema: z.object({ csv: csvText }), permission }, async (ctx, { csv }) => {
  const result = await checkBarangayCsv(ctx.tx, csv);
  if (!result.ok) throw new UserFacingError(result.error, { csv: [result.error] });
  const { rows, counts } = result.check;
  return { rows, counts };
});

/**
 * Re-reads and re-checks the file, then saves its ok rows in this one
 * transaction. Refused when the outcome differs from the preview the person
 * confirmed (the list changed meanwhile), so nothing unexpected is saved.
 */
export const importBarangayCsvAction = tenantAction(
  { schema: z.object({ csv: csvText, expected: z.coerce.number().int().min(0) }), permission, revalidate },
  async (ctx, { csv, expected }) => {
    const result = await checkBarangayCsv(ctx.tx, csv);
    if (!result.ok) throw new UserFacingError(result.error, { csv: [result.error] });
    const { valid } = result.check;
    if (valid.length !== expected) {
      throw new UserFacingError("Your barangay list changed since this preview. Check the file again, then import.");
    }
    if (valid.length === 0) throw new UserFacingError("No row of this file is ready to import: fix the marked rows and upload it again.");
    const { added } = await importBarangays(ctx, ctx.tenantId, valid, "csv");
    return { added, message: `Added ${plural(added, "barangay")} from the file.` };
  },
);

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}
