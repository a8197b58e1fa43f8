import { z } from "zod";
import type { BackgroundJobRow } from "@/db/queries/background-jobs";
import { refreshStatistics, SUBSCRIBER_TABLES } from "@/db/statistics";
import type { Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { recordAudit } from "@/lib/audit/record";
import { queueBackgroundJob, type JobWork } from "@/lib/background/jobs";
import { UserFacingError } from "@/lib/errors";
import { commitCustomerImport } from "./commit";
import { columnMappingSchema, type ColumnMapping } from "./fields";
import { invalidImport, type ImportResult } from "./preview";
import { readImportFile } from "./records";

/** What a background import needs: the file as the user chose it, and who asked from where (for the audit row). */
const importJobInput = z.object({
  csv: z.string(),
  mapping: columnMappingSchema,
  fileName: z.string(),
  newBarangays: z.object({ city: z.string(), province: z.string() }).nullable(),
  today: z.iso.date(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type ImportJobInput = z.infer<typeof importJobInput>;

/** In the import action's transaction: records a large import for the background runner. */
export async function queueCustomerImport(tx: Tx, tenantId: string, userId: string, input: ImportJobInput & { mapping: ColumnMapping }, rows: number): Promise<BackgroundJobRow> {
  return queueBackgroundJob(tx, tenantId, { kind: "customer_import", input, total: rows, userId });
}

/**
 * A large customer import: the same all-or-nothing commit as a small one (one
 * transaction, every row checked again), with progress as the customers are
 * written. Its result is what the import page shows: imported, or invalid
 * with the fresh preview.
 */
export const customerImportWork: JobWork = async ({ db, tenantId, job, progress }) => {
  const parsed = importJobInput.safeParse(job.input);
  if (!parsed.success) throw new UserFacingError("This import's file could not be read back. Upload it again.");
  const input = parsed.data;
  const read = readImportFile(input.csv, input.mapping);
  if (!read.ok) throw new UserFacingError(read.problems[0]!);
  await progress(0, read.records.length);
  const actor = { tenantId, userId: job.createdBy, ip: input.ip, userAgent: input.userAgent };
  const outcome = await withTenantOn(db, tenantId, (tx) =>
    commitCustomerImport({ tx, audit: (entry) => recordAudit(tx, actor, entry), userId: job.createdBy, today: input.today }, tenantId, read.records, {
      fileName: input.fileName,
      newBarangays: input.newBarangays,
      // Not awaited: the write goes through another connection while this transaction is open
      // (on the embedded database, which has one, it waits until the import commits).
      onProgress: (done) => void progress(done).catch(() => {}),
    }),
  );
  if (outcome.status === "invalid") return { result: invalidImport(outcome.check, input.fileName, input.newBarangays !== null) satisfies ImportResult };
  // Until the new rows are analyzed, the planner takes the tenant's customers for a row or two.
  await refreshStatistics(db, SUBSCRIBER_TABLES);
  return { result: outcome satisfies ImportResult };
};
