"use server";

import { PLANT_TABLES, refreshStatistics } from "@/db/statistics";
import { tenantAction } from "@/lib/actions/tenant-action";
import { UserFacingError } from "@/lib/errors";
import { checkPlantImport, commitPlantImport } from "@/lib/plant/import/commit";
import { plantImportSchema } from "@/lib/plant/import/input";
import type { PlantImportResult } from "@/lib/plant/import/preview";
import { readPlantFile } from "@/lib/plant/import/records";

function fileOf(input: { format: "csv" | "kml"; text: string }) {
  const read = readPlantFile(input.format, input.text);
  if (!read.ok) throw new UserFacingError(read.problem, { text: [read.problem] });
  return read.file;
}

/** Every row checked against the tenant's plant and customers; nothing written. */
export const previewPlantImportAction = tenantAction({ schema: plantImportSchema, permission: "network.manage" }, async (ctx, input) => ({
  preview: await checkPlantImport(ctx.tx, fileOf(input), input.fileName),
}));

/** Re-reads and re-checks the file, then imports the rows without problems in this one transaction and skips the rest. */
export const importPlantAction = tenantAction(
  {
    schema: plantImportSchema,
    permission: "network.manage",
    revalidate: ["/network/plant"],
    // A few thousand new boxes and their ports: the planner should know before the plant pages ask.
    afterCommit: async (_result: PlantImportResult, { db }) => refreshStatistics(db, PLANT_TABLES),
  },
  async (ctx, input): Promise<PlantImportResult> => commitPlantImport(ctx, ctx.tenantId, fileOf(input), input.fileName),
);
