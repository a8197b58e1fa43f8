import type { CheckedAssignmentRow } from "./assignments";
import { PREVIEW_ROWS } from "./limits";
import type { PlantFile } from "./records";
import type { CheckedPlantRow } from "./validate";

export type PreviewRow = {
  row: number;
  cells: Record<string, string>;
  /** Problems that keep the row out, by cell. */
  errors: Record<string, string>;
  /** What the import assumed or leaves for later, by cell (the row is imported). */
  notes: Record<string, string>;
};

/** What the browser gets back from a check: counts over all rows, and the rows to show (bounded). */
export type PlantImportPreview = {
  fileName: string;
  format: "csv" | "kml";
  kind: "plant" | "assignments";
  /** Which file column each field was read from (map files: where in the placemark). */
  columns: { label: string; header: string }[];
  /** Columns the import does not read. */
  ignored: string[];
  fields: { field: string; label: string }[];
  totalRows: number;
  okRows: number;
  errorRows: number;
  /** Rows imported with something assumed (a default splitter, no LCP). */
  notedRows: number;
  lcps: number;
  naps: number;
  napsWithoutLcp: number;
  ports: number;
  /** Map placemarks that are not LCP or NAP points (cable routes, areas, other pins). */
  skippedPlacemarks: number;
  problemRows: PreviewRow[];
  allRows: PreviewRow[];
};

export const PLANT_LABELS: Record<string, string> = {
  kind: "Type",
  code: "Code",
  name: "Name",
  lcp: "LCP",
  barangay: "Barangay",
  location: "Location",
  ratio: "Splitter",
  ponPort: "PON port",
  feederLengthM: "Feeder (m)",
  poleNumber: "Pole",
  distanceFromLcpM: "From LCP (m)",
  notes: "Notes",
  nap: "NAP",
  port: "Port",
  accountNo: "Account no.",
};

const FIELD_LABELS: Record<string, string> = {
  type: "Type",
  code: "Code",
  name: "Name",
  lcp: "LCP",
  barangay: "Barangay",
  latitude: "Latitude",
  longitude: "Longitude",
  coordinates: "Location",
  ratio: "Splitter",
  ponPort: "PON port",
  feederLengthM: "Feeder length",
  poleNumber: "Pole number",
  distanceFromLcpM: "Distance from LCP",
  notes: "Notes",
  nap: "NAP",
  port: "Port",
  accountNo: "Account number",
};

type Checked = CheckedPlantRow | CheckedAssignmentRow;

const toRow = (r: Checked): PreviewRow => ({ row: r.row, cells: r.cells as Record<string, string>, errors: r.errors as Record<string, string>, notes: r.notes as Record<string, string> });
const hasErrors = (r: Checked) => Object.keys(r.errors).length > 0;

/** Plant cells worth a column: the ones any row has something in (code, location and splitter always). */
function plantFields(rows: readonly CheckedPlantRow[]): string[] {
  const order = ["kind", "code", "name", "lcp", "barangay", "location", "ratio", "ponPort", "feederLengthM", "poleNumber", "distanceFromLcpM", "notes"];
  const always = new Set(["kind", "code", "location", "ratio"]);
  return order.filter((f) => always.has(f) || rows.some((r) => (r.cells as Record<string, string>)[f] || (r.errors as Record<string, string>)[f] || (r.notes as Record<string, string>)[f]));
}

export function summarizePlantCheck(file: PlantFile, rows: readonly Checked[], fileName: string): PlantImportPreview {
  const fields = file.kind === "assignments" ? ["nap", "port", "accountNo"] : plantFields(rows as CheckedPlantRow[]);
  const ok = rows.filter((r) => !hasErrors(r));
  const plantRows = file.kind === "plant" ? (ok as CheckedPlantRow[]) : [];
  return {
    fileName,
    format: file.format,
    kind: file.kind,
    columns: Object.entries(file.columns as Record<string, string>).map(([field, header]) => ({ label: FIELD_LABELS[field] ?? field, header })),
    ignored: file.ignored,
    fields: fields.map((field) => ({ field, label: PLANT_LABELS[field] ?? field })),
    totalRows: rows.length,
    okRows: ok.length,
    errorRows: rows.length - ok.length,
    notedRows: ok.filter((r) => Object.keys(r.notes).length > 0).length,
    lcps: plantRows.filter((r) => r.lcp).length,
    naps: plantRows.filter((r) => r.nap).length,
    napsWithoutLcp: plantRows.filter((r) => r.nap && !r.nap.lcp).length,
    ports: file.kind === "assignments" ? ok.length : plantRows.reduce((n, r) => n + (r.nap?.splitterRatio ?? 0), 0),
    skippedPlacemarks: file.skipped,
    problemRows: rows.filter(hasErrors).slice(0, PREVIEW_ROWS).map(toRow),
    allRows: rows.slice(0, PREVIEW_ROWS).map(toRow),
  };
}

/** What the import answers: what was added, and how many rows were left out (their numbers, the first ones). */
export type PlantImportResult = {
  kind: "plant" | "assignments";
  lcps: number;
  naps: number;
  napsWithoutLcp: number;
  /** NAP ports created (plant) or connected (assignments). */
  ports: number;
  skipped: number;
  skippedRows: number[];
};
