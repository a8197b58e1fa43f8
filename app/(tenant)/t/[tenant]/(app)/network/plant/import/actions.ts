"use server";

import { tenantAction } from "@/lib/actions/tenant-action";
import { UserFacingError } from "@/lib/errors";
import { checkPlantImport, commitPlantImport } from "@/lib/plant/import/commit";
import { plantImportSchema } from "@/lib/plant/import/input";
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
  { schema: plantImportSchema, permission: "network.manage", revalidate: ["/network/plant"] },
  async (ctx, input) => commitPlantImport(ctx, ctx.tenantId, fileOf(input), input.fileName),
);
