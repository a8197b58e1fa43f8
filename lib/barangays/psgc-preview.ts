import "server-only";
import { barangaysMatching } from "@/db/queries/barangays";
import type { Tx } from "@/db/types";
import type { BarangayInput } from "@/lib/validations/subscribers";
import { placeKey } from "./csv-import";
import { findPlace, listBarangays, type PsgcPlace } from "./psgc";

export type PsgcPreview = {
  province: PsgcPlace;
  city: PsgcPlace;
  barangays: (PsgcPlace & { inList: boolean })[];
  /** The barangays not yet in the list, as importBarangays takes them. */
  toImport: BarangayInput[];
};

/**
 * What importing a city's barangays from PSGC would add: each barangay, marked
 * when the tenant already has it (same PSGC code, or same name in that place).
 * The page shows it; the import action recomputes it rather than trusting the page.
 */
export async function previewPsgcImport(tx: Tx, provinceCode: string, cityCode: string): Promise<PsgcPreview | null> {
  const place = await findPlace(provinceCode, cityCode);
  if (!place) return null;
  const found = await listBarangays(cityCode);
  const existing = await barangaysMatching(tx, { cities: [place.city.name], psgcCodes: found.map((b) => b.code) });
  const codes = new Set(existing.map((e) => e.psgcCode));
  const places = new Set(existing.map(placeKey));
  const barangays = found.map((b) => ({
    ...b,
    inList: codes.has(b.code) || places.has(placeKey({ province: place.province.name, city: place.city.name, name: b.name })),
  }));
  const toImport = barangays
    .filter((b) => !b.inList)
    .map((b) => ({ name: b.name, city: place.city.name, province: place.province.name, psgcCode: b.code }));
  return { ...place, barangays, toImport };
}
