"use server";

import { refreshStatistics, SUBSCRIBER_TABLES } from "@/db/statistics";
import { tenantAction } from "@/lib/actions/tenant-action";
import { checkCustomerImport, commitCustomerImport } from "@/lib/customers/import/commit";
import type { ImportCheck } from "@/lib/customers/import/validate";
import { importCommitSchema, importFileSchema } from "@/lib/customers/import/input";
import { invalidImport, summarizeCheck, type ImportResult } from "@/lib/customers/import/preview";
import { customerImportWork, queueCustomerImport } from "@/lib/customers/import/background";
import { BACKGROUND_IMPORT_ROWS } from "@/lib/customers/import/limits";
import { dispatchBackgroundJob } from "@/lib/background/dispatch";
import { jobView } from "@/lib/background/view";
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
 * are, the planner takes a tenant's customers for a row or two. A file of
 * more than BACKGROUND_IMPORT_ROWS rows is imported the same way by the
 * background runner, and the page follows its progress.
 */
export const importCustomersAction = tenantAction(
  {
    schema: importCommitSchema,
    permission: "customers.edit",
    revalidate: ["/customers", "/barangays"],
    afterCommit: async (result: ImportResult, { db, tenantId }) => {
      if (result.status === "imported") await refreshStatistics(db, SUBSCRIBER_TABLES);
      if (result.status === "queued") await dispatchBackgroundJob(db, { tenantId, jobId: result.job.id }, customerImportWork);
    },
  },
  async (ctx, input): Promise<ImportResult> => {
    const records = recordsOf(input.csv, input.mapping);
    const today = tenantDate(new Date(), ctx.timeZone);
    const newBarangays = input.createBarangays ? { city: input.city, province: input.province } : null;
    if (newBarangays) requirePlace(await checkCustomerImport(ctx.tx, records, today), newBarangays);
    if (records.length > BACKGROUND_IMPORT_ROWS) {
      const { ip, userAgent } = ctx.client;
      const job = await queueCustomerImport(ctx.tx, ctx.tenantId, ctx.user.id, { csv: input.csv, mapping: input.mapping, fileName: input.fileName, newBarangays, today, ip, userAgent }, records.length);
      return { status: "queued", job: jobView(job) };
    }
    const outcome = await commitCustomerImport({ ...ctx, userId: ctx.user.id, today }, ctx.tenantId, records, { fileName: input.fileName, newBarangays });
    if (outcome.status === "invalid") return invalidImport(outcome.check, input.fileName, newBarangays !== null);
    return outcome;
  },
);
