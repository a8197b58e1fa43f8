import { CsvError, parseCsv } from "@/lib/customers/import/csv";
import { kindFromName } from "./cells";
import { assignmentColumns, plantColumns, type AssignmentField, type PlantField } from "./columns";
import { readKml } from "./kml";
import { MAX_PLANT_IMPORT_ROWS } from "./limits";

/** One LCP or NAP as the file wrote it; `kind` null when neither a Type column nor the code says. */
export type PlantRecord = { row: number; kind: "lcp" | "nap" | null; cells: Partial<Record<PlantField, string>> };
export type AssignmentRecord = { row: number; cells: Partial<Record<AssignmentField, string>> };

export type PlantFile =
  | { kind: "plant"; format: "csv" | "kml"; columns: Partial<Record<PlantField, string>>; ignored: string[]; records: PlantRecord[]; skipped: number }
  | { kind: "assignments"; format: "csv"; columns: Partial<Record<AssignmentField, string>>; ignored: string[]; records: AssignmentRecord[]; skipped: 0 };

export type PlantFileRead = { ok: true; file: PlantFile } | { ok: false; problem: string };

function cellsOf<F extends string>(index: Partial<Record<F, number>>, cells: string[]): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const [field, i] of Object.entries(index) as [F, number][]) out[field] = (cells[i] ?? "").trim();
  return out;
}

function headersOf<F extends string>(index: Partial<Record<F, number>>, header: string[]): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const [field, i] of Object.entries(index) as [F, number][]) out[field] = header[i] ?? "";
  return out;
}

const tooMany = (rows: number) =>
  `The file has ${rows.toLocaleString("en-PH")} rows; import at most ${MAX_PLANT_IMPORT_ROWS.toLocaleString("en-PH")} at a time. Split it into smaller files.`;

/** A row's kind from its Type cell ("LCP", "NAP box", "Cabinet"), else from its code ("NAP-12"), else the file's. */
function rowKind(cells: Partial<Record<PlantField, string>>, fileKind: "lcp" | "nap" | null): "lcp" | "nap" | null {
  if (cells.type) return kindFromName(cells.type);
  return fileKind ?? kindFromName(cells.code ?? "");
}

function readCsv(text: string): PlantFileRead {
  let table;
  try {
    table = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, problem: error.message };
    throw error;
  }
  if (table.records.length === 0) return { ok: false, problem: "The file has a header but no rows." };
  if (table.records.length > MAX_PLANT_IMPORT_ROWS) return { ok: false, problem: tooMany(table.records.length) };
  const assignments = assignmentColumns(table.header);
  if (assignments) {
    const records = table.records.map((r) => ({ row: r.row, cells: cellsOf(assignments.index, r.cells) }));
    return { ok: true, file: { kind: "assignments", format: "csv", columns: headersOf(assignments.index, table.header), ignored: assignments.ignored, records, skipped: 0 } };
  }
  const plant = plantColumns(table.header);
  if ("problem" in plant) return { ok: false, problem: plant.problem };
  const records = table.records.map((r) => {
    const cells = cellsOf(plant.index, r.cells);
    return { row: r.row, kind: rowKind(cells, plant.kind), cells };
  });
  return { ok: true, file: { kind: "plant", format: "csv", columns: headersOf(plant.index, table.header), ignored: plant.ignored, records, skipped: 0 } };
}

/**
 * Reads a plant file as the browser sent it: CSV text (LCPs, NAPs, or port
 * assignments, told apart by the header) or KML text (a KMZ is unpacked by
 * the browser first). The server reads it again at each step.
 */
export function readPlantFile(format: "csv" | "kml", text: string): PlantFileRead {
  if (format === "csv") return readCsv(text);
  const read = readKml(text);
  if (!read.ok) return read;
  if (read.records.length === 0) {
    return { ok: false, problem: "The map has no LCP or NAP placemarks: name them (or their folders) starting with LCP or NAP." };
  }
  if (read.records.length > MAX_PLANT_IMPORT_ROWS) return { ok: false, problem: tooMany(read.records.length) };
  const columns = { code: "Placemark name", latitude: "Point", lcp: "Folder or description", ratio: "Description", notes: "Description" };
  return { ok: true, file: { kind: "plant", format: "kml", columns, ignored: [], records: read.records, skipped: read.skipped } };
}
