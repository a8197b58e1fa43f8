/**
 * One CSV line (RFC 4180, CRLF). Cells that a spreadsheet would run as a
 * formula (=, +, -, @ at the start) are prefixed with an apostrophe, so an
 * export opened in Excel cannot execute what a customer typed into a field.
 */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
