"use server";

import { refreshStatistics, SUBSCRIBER_TABLES } from "@/db/statistics";
import { tenantAction } from "@/lib/actions/tenant-action";
import { checkCustomerImport, commitCustomerImport } from "@/lib/customers/import/commit";
import type { ImportCheck } from "@/lib/customers/import/validate";
import { importCommitSchema, importFileSchema } from "@/lib/customers/import/input";
import { summarizeCheck, type ImportResult } from "@/lib/customers/import/preview";
import { readImportFile } from "@/lib/customers/import/records";
import { UserFacingError } from "@/lib/errors";
import { tenantDate } from "@/lib/time/format";

function recordsOf(csv: string, mapping: Parameters<typeof readImportFile>[1]) {
  const read = readImportFile(csv, mapping);
  if (!read.ok) throw new UserFacingError(read.problems[0]!, { mapping: read.problems });
  return read.records;
}

/** Both missing fields at once: the city only when a new barangay has no city of its own in the file. */
function requirePlace(check: ImportCheck, place: { city: string; province: string }) {
  const fieldErrors: Record<string, string[]> = {};
  if (!place.city && check.unknownBarangays.some((b) => !b.city)) fieldErrors.city = ["Enter the city or municipality of the new barangays."];
  if (!place.province && check.unknownBarangays.length) fieldErrors.province = ["Enter the province of the new barangays."];
  if (Object.keys(fieldErrors).length) throw new UserFacingError("Please correct the highlighted fields.", fieldErrors);
}

/** Step 3: every row checked against the tenant's barangays, plans and account numbers; nothing written. */
export const previewCustomerImportAction = tenantAction({ schema: importFileSchema, permission: "customers.edit" }, async (ctx, input) => {
  const records = recordsOf(input.csv, input.mapping);
  const check = await checkCustomerImport(ctx.tx, records, tenantDate(new Date(), ctx.timeZone));
  return { preview: summarizeCheck(check, input.fileName) };
});

/**
 * Step 4: re-reads and re-checks the file, then imports every row in this one
 * transaction, or none. Then the tables it filled are analyzed: until they
 * are, the planner takes a tenant's customers for a row or two.
 */
export const importCustomersAction = tenantAction(
  {
    schema: importCommitSchema,
    permission: "customers.edit",
    revalidate: ["/customers", "/barangays"],
    afterCommit: async (result: ImportResult, { db }) => {
      if (result.status === "imported") await refreshStatistics(db, SUBSCRIBER_TABLES);
    },
  },
  async (ctx, input): Promise<ImportResult> => {
    const records = recordsOf(input.csv, input.mapping);
    const today = tenantDate(new Date(), ctx.timeZone);
    const newBarangays = input.createBarangays ? { city: input.city, province: input.province } : null;
    if (newBarangays) requirePlace(await checkCustomerImport(ctx.tx, records, today), newBarangays);
    const outcome = await commitCustomerImport({ ...ctx, userId: ctx.user.id, today }, ctx.tenantId, records, { fileName: input.fileName, newBarangays });
    if (outcome.status === "invalid") {
      const preview = summarizeCheck(outcome.check, input.fileName);
      const bad = preview.errorRows + (newBarangays ? 0 : preview.barangayRows);
      return { status: "invalid", preview, message: `Nothing was imported: ${bad.toLocaleString("en-PH")} ${bad === 1 ? "row has" : "rows have"} problems. Fix them in the file and upload it again.` };
    }
    return outcome;
  },
);
