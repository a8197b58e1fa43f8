import { barangayKey } from "@/lib/customers/import/cells";
import { LCP_SPLITTER_RATIOS, NAP_SPLITTER_RATIOS } from "@/db/schema/plant";
import { plantCode } from "@/lib/validations/plant";
import { codeKey, parseDegree, parseLatLng, parseMetres, parseRatio, roundDegree } from "./cells";
import { DEFAULT_RATIO } from "./limits";
import type { PlantRecord } from "./records";

/** What the preview shows per row; latitude, longitude and a "lat, lng" column are one Location. */
export type PlantCell = "kind" | "code" | "name" | "lcp" | "barangay" | "location" | "ratio" | "ponPort" | "feederLengthM" | "poleNumber" | "distanceFromLcpM" | "notes";

export type PlantLookups = {
  barangays: readonly { id: string; name: string; city: string }[];
  lcps: readonly { id: string; code: string; splitterRatio: number; naps: number }[];
  napCodes: readonly string[];
  ponPorts: readonly { id: string; label: string; olt: string }[];
};

export type LcpValues = {
  code: string;
  name: string;
  barangayId: string | null;
  latitude: number | null;
  longitude: number | null;
  ponPortId: string | null;
  splitterRatio: number;
  feederLengthM: number;
  notes: string;
};
export type NapValues = {
  code: string;
  name: string;
  /** An LCP already in the plant, or one of this file's (by its code), or none. */
  lcp: { id: string } | { code: string } | null;
  barangayId: string | null;
  latitude: number | null;
  longitude: number | null;
  poleNumber: string;
  splitterRatio: number;
  distanceFromLcpM: number;
  notes: string;
};

export type CheckedPlantRow = {
  row: number;
  kind: "lcp" | "nap" | null;
  cells: Partial<Record<PlantCell, string>>;
  /** Problems that keep the row out of the import. */
  errors: Partial<Record<PlantCell, string>>;
  /** Things the import assumed or will leave out, shown beside the cell; the row is still imported. */
  notes: Partial<Record<PlantCell, string>>;
  lcp?: LcpValues;
  nap?: NapValues;
};

type Options = {
  /** Map files rarely say which cabinet feeds a box: a NAP without a known LCP is imported without one (and flagged). */
  lcpOptional: boolean;
};

const PH = { lat: [4.2, 21.3], lng: [116.0, 127.0] } as const;

function displayCells(r: PlantRecord): CheckedPlantRow["cells"] {
  const c = r.cells;
  const location = c.coordinates || [c.latitude, c.longitude].filter(Boolean).join(", ");
  const cells: CheckedPlantRow["cells"] = {
    kind: r.kind ? r.kind.toUpperCase() : (c.type ?? ""),
    code: c.code ?? "",
    name: c.name ?? "",
    lcp: c.lcp ?? "",
    barangay: c.barangay ?? "",
    location,
    ratio: c.ratio ?? "",
    ponPort: c.ponPort ?? "",
    feederLengthM: c.feederLengthM ?? "",
    poleNumber: c.poleNumber ?? "",
    distanceFromLcpM: c.distanceFromLcpM ?? "",
    notes: c.notes ?? "",
  };
  return cells;
}

function location(r: PlantRecord, errors: CheckedPlantRow["errors"], notes: CheckedPlantRow["notes"]): { latitude: number | null; longitude: number | null } {
  const none = { latitude: null, longitude: null };
  const c = r.cells;
  let lat: number | null;
  let lng: number | null;
  if (c.coordinates) {
    const both = parseLatLng(c.coordinates);
    if (!both) {
      errors.location = "Write the location as latitude, longitude in decimal degrees, like 8.4771, 124.6411.";
      return none;
    }
    ({ latitude: lat, longitude: lng } = both);
  } else {
    if (!c.latitude && !c.longitude) return none;
    if (!c.latitude || !c.longitude) {
      errors.location = `Enter both latitude and longitude, or neither (${c.latitude ? "longitude" : "latitude"} is missing).`;
      return none;
    }
    lat = parseDegree(c.latitude);
    lng = parseDegree(c.longitude);
    if (lat === null || lng === null) {
      errors.location = "Write coordinates in decimal degrees, like 8.4771 and 124.6411 (not degrees, minutes and seconds).";
      return none;
    }
  }
  if (Math.abs(lat) > 90 && Math.abs(lng) <= 90) {
    errors.location = "Latitude and longitude look swapped: latitude is the smaller number (about 8.5 in Cagayan de Oro).";
    return none;
  }
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    errors.location = "Latitude is between −90 and 90 and longitude between −180 and 180.";
    return none;
  }
  if (lat === 0 && lng === 0) {
    errors.location = "0, 0 is not a place in the plant: leave the location empty if it is unknown.";
    return none;
  }
  if (lat < PH.lat[0] || lat > PH.lat[1] || lng < PH.lng[0] || lng > PH.lng[1]) notes.location = "Outside the Philippines: check the coordinates.";
  return { latitude: roundDegree(lat), longitude: roundDegree(lng) };
}

function ratioOf(r: PlantRecord, kind: "lcp" | "nap", errors: CheckedPlantRow["errors"], notes: CheckedPlantRow["notes"]): number {
  const allowed: readonly number[] = kind === "lcp" ? LCP_SPLITTER_RATIOS : NAP_SPLITTER_RATIOS;
  const text = r.cells.ratio ?? "";
  if (!text) {
    notes.ratio = `No splitter given: 1:${DEFAULT_RATIO} assumed.`;
    return DEFAULT_RATIO;
  }
  const n = parseRatio(text);
  const list = allowed.map((a) => `1:${a}`).join(", ");
  const box = kind === "lcp" ? "an LCP" : "a NAP";
  if (n === null) errors.ratio = `Write the splitter like 1:8 (${box} takes ${list}).`;
  else if (!allowed.includes(n)) errors.ratio = `1:${n} is not allowed for ${box}: use ${list}.`;
  return n ?? DEFAULT_RATIO;
}

function metres(text: string | undefined, max: number, label: string, field: PlantCell, errors: CheckedPlantRow["errors"]): number {
  if (!text) return 0;
  const n = parseMetres(text);
  if (n === null || n > max) {
    errors[field] = `Write the ${label} in whole metres, 0 to ${max.toLocaleString("en-PH")}.`;
    return 0;
  }
  return n;
}

function text(value: string | undefined, max: number, field: PlantCell, errors: CheckedPlantRow["errors"]): string {
  const v = value ?? "";
  if (v.length > max) errors[field] = `Use at most ${max} characters.`;
  return v;
}

type Index = {
  barangays: Map<string, { id: string; name: string; city: string }[]>;
  lcps: Map<string, PlantLookups["lcps"][number]>;
  naps: Set<string>;
  ponPorts: Map<string, PlantLookups["ponPorts"][number][]>;
};

function indexOf(lookups: PlantLookups): Index {
  const barangays: Index["barangays"] = new Map();
  for (const b of lookups.barangays) barangays.set(barangayKey(b.name), [...(barangays.get(barangayKey(b.name)) ?? []), b]);
  const ponPorts: Index["ponPorts"] = new Map();
  for (const p of lookups.ponPorts) ponPorts.set(codeKey(p.label), [...(ponPorts.get(codeKey(p.label)) ?? []), p]);
  return { barangays, lcps: new Map(lookups.lcps.map((l) => [codeKey(l.code), l])), naps: new Set(lookups.napCodes.map(codeKey)), ponPorts };
}

function barangayOf(name: string | undefined, index: Index, errors: CheckedPlantRow["errors"]): string | null {
  if (!name) return null;
  const found = index.barangays.get(barangayKey(name)) ?? [];
  if (found.length === 1) return found[0]!.id;
  if (found.length > 1) errors.barangay = `More than one barangay is named ${name} (${found.map((b) => b.city).join(", ")}): rename one under Barangays.`;
  else errors.barangay = `${name} is not in your barangays list: add it under Barangays first.`;
  return null;
}

function ponPortOf(label: string | undefined, index: Index, errors: CheckedPlantRow["errors"]): string | null {
  if (!label) return null;
  const found = index.ponPorts.get(codeKey(label)) ?? [];
  if (found.length === 1) return found[0]!.id;
  if (found.length > 1) errors.ponPort = `Several OLTs have a port ${label} (${found.map((p) => p.olt).join(", ")}): leave it empty and choose the port on the LCP's page.`;
  else errors.ponPort = `No PON port is labelled ${label}: add it to its OLT first, or leave it empty.`;
  return null;
}

/** Rows whose code appears on more than one row of its kind, with the other rows. */
function duplicates(records: readonly PlantRecord[]): Map<number, number[]> {
  const rowsByCode = new Map<string, number[]>();
  for (const r of records) {
    if (!r.kind || !r.cells.code) continue;
    const key = `${r.kind}|${codeKey(r.cells.code)}`;
    rowsByCode.set(key, [...(rowsByCode.get(key) ?? []), r.row]);
  }
  const out = new Map<number, number[]>();
  for (const rows of rowsByCode.values()) if (rows.length > 1) for (const row of rows) out.set(row, rows.filter((o) => o !== row));
  return out;
}

function checkCommon(r: PlantRecord, kind: "lcp" | "nap", index: Index, dupes: Map<number, number[]>, checked: CheckedPlantRow) {
  const { errors } = checked;
  const code = r.cells.code ?? "";
  const parsed = plantCode(kind.toUpperCase()).safeParse(code);
  if (!parsed.success) errors.code = parsed.error.issues[0]!.message;
  else if ((kind === "lcp" ? index.lcps.has(codeKey(code)) : index.naps.has(codeKey(code)))) errors.code = `${code} is already in your plant.`;
  else if (dupes.has(r.row)) {
    const others = dupes.get(r.row)!;
    errors.code = `${code} is also on row ${others.slice(0, 3).join(", ")}${others.length > 3 ? ", …" : ""}.`;
  }
  return {
    code: code.trim(),
    name: text(r.cells.name, 100, "name", errors),
    barangayId: barangayOf(r.cells.barangay, index, errors),
    ...location(r, errors, checked.notes),
    splitterRatio: ratioOf(r, kind, errors, checked.notes),
    notes: text(r.cells.notes, 1000, "notes", errors),
  };
}

/**
 * Every row of a plant file checked against the tenant's plant and against
 * the file itself: LCPs first (a NAP may hang on a cabinet of the same file),
 * then NAPs, each taking one output of its LCP's splitter in file order.
 * Pure: the preview and the commit run the same check.
 */
export function checkPlantRows(records: readonly PlantRecord[], lookups: PlantLookups, options: Options): CheckedPlantRow[] {
  const index = indexOf(lookups);
  const dupes = duplicates(records);
  const checked = new Map<number, CheckedPlantRow>();
  const fileLcps = new Map<string, { row: number; ok: boolean; ratio: number }>();
  for (const r of records) {
    const row: CheckedPlantRow = { row: r.row, kind: r.kind, cells: displayCells(r), errors: {}, notes: {} };
    checked.set(r.row, row);
    if (!r.kind) {
      row.errors.kind = r.cells.type ? `${r.cells.type} is neither LCP nor NAP.` : "Say whether this is an LCP or a NAP: add a Type column, or start the code with LCP or NAP.";
      continue;
    }
    if (r.kind !== "lcp") continue;
    const common = checkCommon(r, "lcp", index, dupes, row);
    const values: LcpValues = {
      ...common,
      ponPortId: ponPortOf(r.cells.ponPort, index, row.errors),
      feederLengthM: metres(r.cells.feederLengthM, 60000, "feeder length", "feederLengthM", row.errors),
    };
    const ok = Object.keys(row.errors).length === 0;
    if (ok) row.lcp = values;
    if (common.code) fileLcps.set(codeKey(common.code), { row: r.row, ok, ratio: values.splitterRatio });
  }
  // Outputs of each splitter already used: existing NAPs, then this file's in row order.
  const used = new Map<string, number>(lookups.lcps.map((l) => [codeKey(l.code), l.naps]));
  for (const r of records) {
    if (r.kind !== "nap") continue;
    const row = checked.get(r.row)!;
    const common = checkCommon(r, "nap", index, dupes, row);
    const values: NapValues = {
      ...common,
      lcp: null,
      poleNumber: text(r.cells.poleNumber, 40, "poleNumber", row.errors),
      distanceFromLcpM: metres(r.cells.distanceFromLcpM, 20000, "distance from the LCP", "distanceFromLcpM", row.errors),
    };
    const lcpCode = r.cells.lcp ?? "";
    const key = codeKey(lcpCode);
    const existing = index.lcps.get(key);
    const inFile = fileLcps.get(key);
    if (!lcpCode) {
      if (options.lcpOptional) row.notes.lcp = "No LCP given: imported without one; set it on the NAP's page.";
      else row.errors.lcp = "Enter the code of the LCP that feeds this NAP.";
    } else if (existing || inFile) {
      const ratio = existing?.splitterRatio ?? inFile!.ratio;
      if (inFile && !inFile.ok && !existing) row.errors.lcp = `${lcpCode} (row ${inFile.row}) has problems: fix that row first.`;
      else if ((used.get(key) ?? 0) >= ratio) row.errors.lcp = `${lcpCode} is 1:${ratio} and already feeds ${ratio} NAPs.`;
      else values.lcp = existing ? { id: existing.id } : { code: lcpCode.trim() };
    } else if (options.lcpOptional) {
      row.notes.lcp = `${lcpCode} is not in your plant or this file: imported without an LCP.`;
    } else {
      row.errors.lcp = `${lcpCode} is not in your plant or this file.`;
    }
    if (Object.keys(row.errors).length === 0) {
      row.nap = values;
      if (values.lcp) used.set(key, (used.get(key) ?? 0) + 1);
    }
  }
  return records.map((r) => checked.get(r.row)!);
}
