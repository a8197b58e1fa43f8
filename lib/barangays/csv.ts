/**
 * A small RFC 4180 CSV reader for spreadsheet exports: a UTF-8 byte order mark,
 * CRLF / LF / CR line ends, quoted fields holding commas, quotes ("") and line
 * breaks. Excel and Google Sheets write exactly this; nothing fancier is needed.
 */

export type CsvRecord = {
  /** 1-based line of the file where the record starts, for messages people can find. */
  line: number;
  fields: string[];
};

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; error: string };

export function parseCsv(text: string, delimiter = ","): CsvResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  // A field that was quoted counts even when empty (`""`), so a record of one quoted empty field is kept.
  let touched = false;

  const endField = () => {
    fields.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    // Blank lines between records carry no data; spreadsheets often leave one at the end.
    if (touched || fields.length > 1 || fields[0] !== "") records.push({ line: recordLine, fields });
    fields = [];
    touched = false;
  };

  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (ch === "\n" || (ch === "\r" && src[i + 1] !== "\n")) line++;
        field += ch;
      }
      continue;
    }
    // Spaces before an opening quote (`a, "b, c"`) are how people type CSV by hand: still a quoted field.
    if (ch === '"' && field.trim() === "") {
      field = "";
      quoted = true;
      touched = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      endField();
      touched = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      // A stray quote inside an unquoted field is kept as text, as spreadsheets read it.
      field += ch;
    }
  }
  if (quoted) return { ok: false, error: `A quoted field that starts on line ${quoteLine} is never closed: check for a missing " in that row.` };
  endRecord();
  return { ok: true, records };
}

/**
 * The delimiter of a file, from its header line: a comma unless the header has
 * none and has semicolons (Excel in some locales) or tabs (copied from a sheet).
 */
export function sniffDelimiter(text: string): string {
  const header = text.split(/\r\n|\r|\n/, 1)[0] ?? "";
  if (header.includes(",")) return ",";
  if (header.includes(";")) return ";";
  if (header.includes("\t")) return "\t";
  return ",";
}
