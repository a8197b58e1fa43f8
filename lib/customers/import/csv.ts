/**
 * A CSV reader for what spreadsheets actually save: a UTF-8 byte order mark
 * (Excel adds one), CRLF or LF line ends, quoted fields holding commas,
 * quotes ("") and line breaks, and semicolon- or tab-separated files (Excel
 * in locales that write decimals with a comma). Pure, so the browser can
 * read the header for the mapping step and the server re-reads the same
 * text on commit.
 */
export type CsvTable = {
  delimiter: "," | ";" | "\t";
  header: string[];
  /** Data records; `row` is the spreadsheet row number (the header is row 1). Blank records are left out. */
  records: { row: number; cells: string[] }[];
};

export class CsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CsvError";
  }
}

/** Counts each candidate outside quotes on the first line; the most frequent one wins (comma on a tie). */
export function detectDelimiter(text: string): CsvTable["delimiter"] {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","] && counts["\t"] > counts[";"]) return "\t";
  return ",";
}

/** Splits text into records of fields (RFC 4180, leniently: a stray quote inside an unquoted field is kept as text). */
export function parseCsvRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let quoteLine = 1;
  let line = 1;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      quoteLine = line;
      fieldStarted = true;
    } else if (ch === delimiter) {
      record.push(field);
      field = "";
      fieldStarted = false;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      fieldStarted = false;
      line++;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted) throw new CsvError(`A quoted field that starts on line ${quoteLine} never ends: a closing quote (") is missing.`);
  if (fieldStarted || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");

/** Reads a whole file: the first non-blank record is the header. */
export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const all = parseCsvRecords(text, delimiter);
  const headerIndex = all.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) throw new CsvError("The file is empty.");
  const header = all[headerIndex]!.map((h) => h.trim());
  const records: CsvTable["records"] = [];
  for (let i = headerIndex + 1; i < all.length; i++) {
    const cells = all[i]!;
    if (!isBlank(cells)) records.push({ row: i + 1, cells });
  }
  return { delimiter, header, records };
}
