import { CsvError, parseCsv, type CsvTable } from "./csv";
import { mappingProblems, type ColumnMapping, type ImportField } from "./fields";
import { MAX_IMPORT_ROWS } from "./limits";

/** One data row of the file, read through the mapping: each mapped field's cell, trimmed. */
export type ImportRecord = { row: number; cells: Partial<Record<ImportField, string>> };

export function toImportRecords(table: CsvTable, mapping: ColumnMapping): ImportRecord[] {
  const fields = Object.entries(mapping).filter((e): e is [ImportField, number] => e[1] !== undefined);
  return table.records.map(({ row, cells }) => {
    const out: ImportRecord["cells"] = {};
    for (const [field, index] of fields) out[field] = (cells[index] ?? "").trim();
    return { row, cells: out };
  });
}

export type ReadResult = { ok: true; records: ImportRecord[] } | { ok: false; problems: string[] };

/** The server's reading of an upload: parse, check the mapping and the size, map the rows. Never trusts the browser's reading. */
export function readImportFile(text: string, mapping: ColumnMapping): ReadResult {
  let table: CsvTable;
  try {
    table = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, problems: [error.message] };
    throw error;
  }
  const problems = mappingProblems(mapping, table.header.length);
  if (problems.length) return { ok: false, problems };
  if (table.records.length === 0) return { ok: false, problems: ["The file has a header but no customer rows."] };
  if (table.records.length > MAX_IMPORT_ROWS) {
    return { ok: false, problems: [`The file has ${table.records.length.toLocaleString("en-PH")} rows; import at most ${MAX_IMPORT_ROWS.toLocaleString("en-PH")} at a time.`] };
  }
  return { ok: true, records: toImportRecords(table, mapping) };
}
