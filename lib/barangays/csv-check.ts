import { barangaysMatching } from "@/db/queries/barangays";
import type { Tx } from "@/db/types";
import type { BarangayInput } from "@/lib/validations/subscribers";
import { checkBarangayRows, readBarangayCsv, type CsvPreviewRow } from "./csv-import";

export type CsvCheck = {
  rows: CsvPreviewRow[];
  counts: { ok: number; bad: number; duplicate: number };
  valid: BarangayInput[];
};

/** Reads and checks a barangay CSV against the tenant's list; the preview and the commit both call this. */
export async function checkBarangayCsv(tx: Tx, text: string): Promise<{ ok: true; check: CsvCheck } | { ok: false; error: string }> {
  const read = readBarangayCsv(text);
  if (!read.ok) return read;
  const existing = await barangaysMatching(tx, {
    cities: read.rows.map((r) => r.city).filter(Boolean),
    psgcCodes: read.rows.map((r) => r.psgcCode).filter((c) => /^\d{9,10}$/.test(c)),
  });
  const { rows, valid } = checkBarangayRows(read.rows, existing);
  const counts = { ok: 0, bad: 0, duplicate: 0 };
  for (const r of rows) counts[r.status]++;
  return { ok: true, check: { rows, counts, valid } };
}
