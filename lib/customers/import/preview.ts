import type { JobView } from "@/lib/background/view";
import { FIELD_LABELS, IMPORT_FIELDS, type ImportField } from "./fields";
import { PREVIEW_ERROR_ROWS, PREVIEW_SAMPLE_ROWS } from "./limits";
import type { CheckedRow, ImportCheck, UnknownBarangay } from "./validate";

export type PreviewRow = {
  row: number;
  cells: Partial<Record<ImportField, string>>;
  errors: Partial<Record<ImportField, string>>;
  /** The barangay cell names a barangay the import can create. */
  unknownBarangay: boolean;
  /** And that is the row's only problem. */
  onlyBarangay: boolean;
};

/** What the browser gets back from a check: counts over all rows, and a bounded sample to show. */
export type ImportPreview = {
  fileName: string;
  totalRows: number;
  okRows: number;
  errorRows: number;
  barangayRows: number;
  fields: { field: ImportField; label: string }[];
  /** Rows with problems, in file order, at most PREVIEW_ERROR_ROWS. */
  problemRows: PreviewRow[];
  sampleRows: PreviewRow[];
  unknownBarangays: UnknownBarangay[];
  /** Rows that will take the next numbers of the tenant's series. */
  seriesNumbers: number;
  subscriptions: number;
  /**
   * Where billing of the imported lines starts (rows without problems): after
   * the file's billed-until date; after the day before the current period
   * (`assumedUntil` when that is one date for all, as on a fixed cycle); or,
   * for lines started in the current period, at their start.
   */
  billing: { fromFile: number; assumed: number; assumedUntil: string | null; fromStart: number };
};

function toPreviewRow(r: CheckedRow): PreviewRow {
  const errors: PreviewRow["errors"] = {};
  for (const issue of r.issues) errors[issue.field] ??= issue.message;
  const unknownBarangay = r.issues.some((i) => i.unknownBarangay);
  return { row: r.row, cells: r.cells, errors, unknownBarangay, onlyBarangay: unknownBarangay && r.issues.every((i) => i.unknownBarangay) };
}

export function summarizeCheck(check: ImportCheck, fileName: string): ImportPreview {
  const first = check.rows[0]?.cells ?? {};
  const fields = IMPORT_FIELDS.filter((f) => f in first).map((field) => ({ field, label: FIELD_LABELS[field] }));
  const problemRows = check.rows.filter((r) => r.issues.length).slice(0, PREVIEW_ERROR_ROWS).map(toPreviewRow);
  return {
    fileName,
    totalRows: check.rows.length,
    okRows: check.rows.length - check.errorRows - check.barangayRows,
    errorRows: check.errorRows,
    barangayRows: check.barangayRows,
    fields,
    problemRows,
    sampleRows: check.rows.slice(0, PREVIEW_SAMPLE_ROWS).map(toPreviewRow),
    unknownBarangays: check.unknownBarangays,
    seriesNumbers: check.rows.filter((r) => !r.cells.accountNo).length,
    subscriptions: check.rows.filter((r) => r.cells.plan).length,
    billing: billingStarts(check),
  };
}

function billingStarts(check: ImportCheck): ImportPreview["billing"] {
  const subs = check.rows.flatMap((r) => (r.customer?.subscription ? [r.customer.subscription] : []));
  const assumed = subs.filter((s) => s.billedUntilFrom === "assumed");
  const dates = new Set(assumed.map((s) => s.billedElsewhereUntil));
  return {
    fromFile: subs.filter((s) => s.billedUntilFrom === "file").length,
    assumed: assumed.length,
    assumedUntil: dates.size === 1 ? [...dates][0]! : null,
    fromStart: subs.filter((s) => s.billedUntilFrom === null).length,
  };
}

/** What the import action answers: the rows were all imported, or none were and here is why, or (a large file) the import runs in the background. */
export type ImportResult =
  | { status: "invalid"; preview: ImportPreview; message: string }
  | { status: "imported"; customers: number; subscriptions: number; barangaysCreated: number; firstAccountNo: string; lastAccountNo: string }
  | { status: "queued"; job: JobView };

/** Nothing was imported: the fresh preview of the rows, and a sentence counting the rows to fix. */
export function invalidImport(check: ImportCheck, fileName: string, creatingBarangays: boolean): Extract<ImportResult, { status: "invalid" }> {
  const preview = summarizeCheck(check, fileName);
  const bad = preview.errorRows + (creatingBarangays ? 0 : preview.barangayRows);
  return { status: "invalid", preview, message: `Nothing was imported: ${bad.toLocaleString("en-PH")} ${bad === 1 ? "row has" : "rows have"} problems. Fix them in the file and upload it again.` };
}
