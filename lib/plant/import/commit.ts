import { lcps, naps } from "@/db/schema";
import { assignImportedPorts, assignmentImportLookups, plantImportLookups } from "@/db/queries/plant-import";
import type { Tx } from "@/db/types";
import { auditAll, type AuditWriter } from "@/lib/audit/record";
import { pgConstraint, pgErrorCode, UserFacingError } from "@/lib/errors";
import { createNapPorts } from "@/lib/plant/ports";
import { checkAssignmentRows, type CheckedAssignmentRow } from "./assignments";
import { codeKey } from "./cells";
import { summarizePlantCheck, type PlantImportPreview, type PlantImportResult } from "./preview";
import type { AssignmentRecord, PlantFile, PlantRecord } from "./records";
import { checkPlantRows, type CheckedPlantRow } from "./validate";

export type PlantImportCtx = { tx: Tx; audit: AuditWriter };

const unique = (values: (string | undefined)[]) => [...new Set(values.map((v) => (v ?? "").trim()).filter(Boolean))];

async function checkPlant(tx: Tx, records: readonly PlantRecord[], format: "csv" | "kml"): Promise<CheckedPlantRow[]> {
  // A map file rarely says which cabinet feeds a box; a spreadsheet of NAPs must.
  return checkPlantRows(records, await plantImportLookups(tx), { lcpOptional: format === "kml" });
}

async function checkAssignments(tx: Tx, records: readonly AssignmentRecord[]): Promise<CheckedAssignmentRow[]> {
  const lookups = await assignmentImportLookups(
    tx,
    unique(records.map((r) => r.cells.nap)),
    unique(records.map((r) => r.cells.accountNo)),
  );
  return checkAssignmentRows(records, lookups);
}

/** The preview: every row checked against the tenant's plant and customers now; nothing written. */
export async function checkPlantImport(tx: Tx, file: PlantFile, fileName: string): Promise<PlantImportPreview> {
  const rows = file.kind === "plant" ? await checkPlant(tx, file.records, file.format) : await checkAssignments(tx, file.records);
  return summarizePlantCheck(file, rows, fileName);
}

const CHUNK = 500;
function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** A code someone else saved between this check and this insert. */
function raced(error: unknown): never {
  if (pgErrorCode(error) === "23505") {
    const which = pgConstraint(error) === "lcps_tenant_code_key" ? "an LCP" : pgConstraint(error) === "naps_tenant_code_key" ? "a NAP" : "a port";
    throw new UserFacingError(`Someone saved ${which} from this file a moment ago. Nothing was imported: preview the file again.`);
  }
  throw error;
}

function skippedOf(rows: readonly (CheckedPlantRow | CheckedAssignmentRow)[]) {
  const skipped = rows.filter((r) => Object.keys(r.errors).length > 0).map((r) => r.row);
  return { skipped: skipped.length, skippedRows: skipped.slice(0, 50) };
}

async function commitPlant(ctx: PlantImportCtx, tenantId: string, file: Extract<PlantFile, { kind: "plant" }>, fileName: string): Promise<PlantImportResult> {
  const rows = await checkPlant(ctx.tx, file.records, file.format);
  const lcpRows = rows.flatMap((r) => (r.lcp ? [r.lcp] : []));
  const napRows = rows.flatMap((r) => (r.nap ? [r.nap] : []));
  if (lcpRows.length + napRows.length === 0) throw new UserFacingError("No row can be imported: fix the rows with problems and upload the file again.");
  const lcpIds = new Map<string, string>();
  for (const chunk of chunks(lcpRows)) {
    const made = await ctx.tx
      .insert(lcps)
      .values(chunk.map((l) => ({ tenantId, ...l })))
      .returning({ id: lcps.id, code: lcps.code })
      .catch(raced);
    for (const m of made) lcpIds.set(codeKey(m.code), m.id);
  }
  let ports = 0;
  for (const chunk of chunks(napRows)) {
    const values = chunk.map(({ lcp, ...n }) => ({ tenantId, ...n, lcpId: lcp === null ? null : "id" in lcp ? lcp.id : lcpIds.get(codeKey(lcp.code))! }));
    const made = await ctx.tx.insert(naps).values(values).returning({ id: naps.id, ratio: naps.splitterRatio }).catch(raced);
    for (const m of made) {
      await createNapPorts(ctx.tx, tenantId, m.id, m.ratio);
      ports += m.ratio;
    }
  }
  const result: PlantImportResult = {
    kind: "plant",
    lcps: lcpRows.length,
    naps: napRows.length,
    napsWithoutLcp: napRows.filter((n) => n.lcp === null).length,
    ports,
    ...skippedOf(rows),
  };
  await ctx.audit({ action: "plant.import", entityType: "plant", after: { fileName, format: file.format, ...result, skippedRows: undefined } });
  return result;
}

async function commitAssignments(ctx: PlantImportCtx, file: Extract<PlantFile, { kind: "assignments" }>, fileName: string): Promise<PlantImportResult> {
  const rows = await checkAssignments(ctx.tx, file.records);
  const assignments = rows.flatMap((r) => (r.assignment ? [r.assignment] : []));
  if (assignments.length === 0) throw new UserFacingError("No row can be imported: fix the rows with problems and upload the file again.");
  const set = await assignImportedPorts(ctx.tx, assignments, `Connected before FiberBill (imported from ${fileName})`).catch(raced);
  if (set !== assignments.length) throw new UserFacingError("A port in this file was taken a moment ago. Nothing was imported: preview the file again.");
  // One row per port, so each port's history says how its subscriber got there; and one for the file.
  await auditAll(
    ctx.audit,
    assignments.map((a) => ({
      action: "nap_port.assign_import",
      entityType: "nap_port",
      entityId: a.portId,
      after: { napCode: a.napCode, portNumber: a.portNumber, accountNo: a.accountNo, subscriptionId: a.subscriptionId, state: "in_use", fileName },
    })),
  );
  const result: PlantImportResult = { kind: "assignments", lcps: 0, naps: 0, napsWithoutLcp: 0, ports: assignments.length, ...skippedOf(rows) };
  await ctx.audit({ action: "plant.import", entityType: "plant", after: { fileName, format: file.format, ...result, skippedRows: undefined } });
  return result;
}

/**
 * Imports the rows that pass the check (made again here, against the
 * database as it is now) in the caller's one transaction, and skips the
 * others: a plant file is usually fixed a few rows at a time. LCPs, NAPs and
 * their ports go in set-based chunks; one audit row records the file.
 */
export async function commitPlantImport(ctx: PlantImportCtx, tenantId: string, file: PlantFile, fileName: string): Promise<PlantImportResult> {
  return file.kind === "plant" ? commitPlant(ctx, tenantId, file, fileName) : commitAssignments(ctx, file, fileName);
}
