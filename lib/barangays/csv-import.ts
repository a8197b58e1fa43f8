import { barangaySchema, type BarangayInput } from "@/lib/validations/subscribers";
import { parseCsv, sniffDelimiter } from "./csv";

/**
 * Checks a barangay CSV (name, city, province, optional psgc_code) row by row
 * before anything is saved. The same pure check runs for the preview and again
 * on commit, so the commit never trusts what the browser showed.
 */

/** Beyond this a file is a whole region: the PSGC import is the better tool. Keeps the upload under the server action body limit. */
export const CSV_MAX_ROWS = 5_000;
export const CSV_MAX_CHARS = 500_000;

export type CsvRowStatus = "ok" | "bad" | "duplicate";

export type CsvPreviewRow = {
  line: number;
  name: string;
  city: string;
  province: string;
  psgcCode: string;
  status: CsvRowStatus;
  /** Why a row is bad or a duplicate; empty for ok rows. */
  messages: string[];
};

export type ExistingBarangay = { name: string; city: string; province: string; psgcCode: string | null };

type RawRow = Omit<CsvPreviewRow, "status" | "messages">;

const COLUMNS = {
  name: ["name", "barangay", "barangay name"],
  city: ["city", "municipality", "city/municipality", "city or municipality", "city_municipality"],
  province: ["province"],
  psgcCode: ["psgc_code", "psgc code", "psgc", "psgccode"],
} as const;

export const SAMPLE_CSV = [
  "name,city,province,psgc_code",
  "Carmen,Cagayan de Oro City,Misamis Oriental,1030500044",
  "Lapasan,Cagayan de Oro City,Misamis Oriental,1030500053",
  "Poblacion,Tagoloan,Misamis Oriental,",
].join("\r\n");

/** Reads the file into rows, or says what is wrong with the file as a whole. */
export function readBarangayCsv(text: string): { ok: true; rows: RawRow[] } | { ok: false; error: string } {
  if (text.length > CSV_MAX_CHARS) return { ok: false, error: tooLarge() };
  const parsed = parseCsv(text, sniffDelimiter(text));
  if (!parsed.ok) return parsed;
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, error: "The file is empty. Use the sample CSV as a starting point." };
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const at = (aliases: readonly string[]) => names.findIndex((h) => aliases.includes(h));
  const index = { name: at(COLUMNS.name), city: at(COLUMNS.city), province: at(COLUMNS.province), psgcCode: at(COLUMNS.psgcCode) };
  const missing = (["name", "city", "province"] as const).filter((c) => index[c] < 0);
  if (missing.length > 0) {
    return {
      ok: false,
      error: `The first row must name the columns: name, city, province (and optionally psgc_code). Missing: ${missing.join(", ")}.`,
    };
  }
  if (records.length === 0) return { ok: false, error: "The file has a header row but no barangays under it." };
  if (records.length > CSV_MAX_ROWS) return { ok: false, error: tooLarge() };
  const cell = (fields: string[], i: number) => (i < 0 ? "" : (fields[i] ?? "").trim());
  return {
    ok: true,
    rows: records.map((r) => ({
      line: r.line,
      name: cell(r.fields, index.name),
      city: cell(r.fields, index.city),
      province: cell(r.fields, index.province),
      psgcCode: cell(r.fields, index.psgcCode),
    })),
  };
}

function tooLarge(): string {
  return `That file is too large: import at most ${CSV_MAX_ROWS.toLocaleString("en")} barangays at a time, or use the PSGC import for whole cities.`;
}

/** Same key as the database's unique index (province, city, name, case-insensitive). */
export function placeKey(b: { province: string; city: string; name: string }): string {
  return [b.province, b.city, b.name].map((s) => s.trim().toLowerCase()).join("\u0000");
}

/** Marks each row ok / bad / duplicate; `valid` holds the ok rows as they will be saved. */
export function checkBarangayRows(rows: RawRow[], existing: ExistingBarangay[]): { rows: CsvPreviewRow[]; valid: BarangayInput[] } {
  const existingPlaces = new Set(existing.map(placeKey));
  const existingCodes = new Set(existing.flatMap((e) => (e.psgcCode ? [e.psgcCode] : [])));
  const placeLine = new Map<string, number>();
  const codeLine = new Map<string, number>();
  const valid: BarangayInput[] = [];
  const out = rows.map((row): CsvPreviewRow => {
    const parsed = barangaySchema.safeParse(row);
    if (!parsed.success) {
      return { ...row, status: "bad", messages: [...new Set(parsed.error.issues.map((i) => i.message))] };
    }
    const input = parsed.data;
    const key = placeKey(input);
    const messages: string[] = [];
    if (existingPlaces.has(key)) messages.push("Already in your list.");
    else if (placeLine.has(key)) messages.push(`Same barangay as line ${placeLine.get(key)}.`);
    if (input.psgcCode) {
      if (existingCodes.has(input.psgcCode)) messages.push("A barangay in your list already has this PSGC code.");
      else if (codeLine.has(input.psgcCode)) messages.push(`Same PSGC code as line ${codeLine.get(input.psgcCode)}.`);
    }
    if (!placeLine.has(key)) placeLine.set(key, row.line);
    if (input.psgcCode && !codeLine.has(input.psgcCode)) codeLine.set(input.psgcCode, row.line);
    if (messages.length > 0) return { ...row, status: "duplicate", messages };
    valid.push(input);
    return { ...row, status: "ok", messages: [] };
  });
  return { rows: out, valid };
}
