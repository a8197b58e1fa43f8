/**
 * Spreadsheet files arrive as UTF-8 (Google Sheets, "CSV UTF-8" in Excel) or
 * as Windows-1252 (plain "CSV" from Excel on Windows), where Ñ and é would
 * otherwise turn into replacement characters. UTF-8 is tried strictly first:
 * a Windows-1252 file with accents is almost never valid UTF-8.
 */
export function decodeCsvBytes(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
