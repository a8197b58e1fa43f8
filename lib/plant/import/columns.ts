import { headerKey } from "./cells";

/** What a plant row can say. Latitude and longitude come as two columns or as one "lat, lng" column. */
export const PLANT_FIELDS = [
  "type",
  "code",
  "name",
  "lcp",
  "barangay",
  "latitude",
  "longitude",
  "coordinates",
  "ratio",
  "ponPort",
  "feederLengthM",
  "poleNumber",
  "distanceFromLcpM",
  "notes",
] as const;
export type PlantField = (typeof PLANT_FIELDS)[number];

export const ASSIGNMENT_FIELDS = ["nap", "port", "accountNo"] as const;
export type AssignmentField = (typeof ASSIGNMENT_FIELDS)[number];

// Header names after headerKey(): lower case, punctuation and units ("(m)", "optional") gone.
const NAP_CODE = /^(nap|nap (code|id|no|number|box)|box (code|id|no))$/;
const LCP_CODE = /^(lcp|lcp (code|id|no|number)|parent( lcp)?|(feeding|fed from|from|source) lcp|cabinet( code)?)$/;
const CODE = /^(code|id|code no|tag|box code)$/;

const OTHER: [Exclude<PlantField, "code" | "lcp">, RegExp][] = [
  ["type", /^(type|kind|box type|layer|category)$/],
  ["name", /^(name|(nap|lcp|box|cabinet) name|location name)$/],
  ["barangay", /^(barangay|brgy|bgy|barangay name|brgy name|village)$/],
  ["latitude", /^(lat|latitude|y|gps lat|gps latitude)$/],
  ["longitude", /^(lng|lon|long|longitude|x|gps lng|gps lon|gps long|gps longitude)$/],
  ["coordinates", /^(coordinates|coords|gps|location|gps coordinates|lat ?long|lat ?lng|lat ?lon|geo|point)$/],
  ["ratio", /^(splitter|splitter ratio|ratio|split|split ratio|splitter type|ports|no of ports|number of ports|capacity|port count)$/],
  ["ponPort", /^(pon|pon port|pon port label|pon label|olt port|olt pon|olt pon port|pon no)$/],
  ["feederLengthM", /^(feeder|feeder length|feeder cable|feeder distance|feeder length from olt|distance from olt|olt distance)$/],
  ["poleNumber", /^(pole|pole no|pole number|pole id|pole tag)$/],
  ["distanceFromLcpM", /^(distance|distance from lcp|distance to lcp|lcp distance|distribution length|distribution cable|cable length|length from lcp)$/],
  ["notes", /^(notes?|remarks?|comments?|description)$/],
];

const ASSIGNMENT: [AssignmentField, RegExp][] = [
  ["nap", NAP_CODE],
  ["port", /^(port|port no|port number|nap port|nap port no|port id)$/],
  ["accountNo", /^(account|account no|account number|account id|acct|acct no|customer no|customer account|customer account no|subscriber account|subscriber no)$/],
];

export type Columns<F extends string> = { index: Partial<Record<F, number>>; ignored: string[] };

function firstMatch(keys: string[], taken: Set<number>, pattern: RegExp): number | undefined {
  const i = keys.findIndex((k, j) => !taken.has(j) && pattern.test(k));
  return i < 0 ? undefined : i;
}

function ignoredOf(header: string[], taken: Set<number>): string[] {
  return header.filter((h, i) => !taken.has(i) && h.trim() !== "");
}

/** A file of port assignments has a port column and an account column. */
export function assignmentColumns(header: string[]): Columns<AssignmentField> | null {
  const keys = header.map(headerKey);
  const taken = new Set<number>();
  const index: Columns<AssignmentField>["index"] = {};
  for (const [field, pattern] of ASSIGNMENT) {
    const i = firstMatch(keys, taken, pattern);
    if (i !== undefined) {
      index[field] = i;
      taken.add(i);
    }
  }
  if (index.port === undefined || index.accountNo === undefined) return null;
  return { index, ignored: ignoredOf(header, taken) };
}

/**
 * Which column holds what in a file of LCPs, NAPs or both, and what its rows
 * are when no Type column says. A "NAP" column is the box's own code (the
 * file is of NAPs) and an "LCP" column beside a "Code" column names the
 * cabinet that feeds each NAP; an "LCP" column alone is the code of a file of LCPs.
 */
export function plantColumns(header: string[]): (Columns<PlantField> & { kind: "lcp" | "nap" | null }) | { problem: string } {
  const keys = header.map(headerKey);
  const taken = new Set<number>();
  const index: Columns<PlantField>["index"] = {};
  const take = (field: PlantField, i: number | undefined) => {
    if (i === undefined) return;
    index[field] = i;
    taken.add(i);
  };
  take("type", firstMatch(keys, taken, OTHER[0]![1]));
  const nap = firstMatch(keys, taken, NAP_CODE);
  const code = firstMatch(keys, taken, CODE);
  const lcp = firstMatch(keys, taken, LCP_CODE);
  let kind: "lcp" | "nap" | null = null;
  if (index.type !== undefined) {
    // Both kinds in one file: each row's Type says which; an LCP column names a NAP's cabinet.
    take("code", code ?? nap ?? lcp);
    if (code !== undefined || nap !== undefined) take("lcp", lcp);
  } else if (nap !== undefined) {
    kind = "nap";
    take("code", nap);
    take("lcp", lcp);
  } else if (code !== undefined) {
    take("code", code);
    take("lcp", lcp);
    const napOnly = keys.some((k) => /^(pole|distance)/.test(k));
    kind = lcp !== undefined || napOnly ? "nap" : "lcp";
  } else if (lcp !== undefined) {
    kind = "lcp";
    take("code", lcp);
  }
  if (index.code === undefined) {
    return { problem: "No column holds the box codes: name it Code, LCP Code or NAP Code." };
  }
  for (const [field, pattern] of OTHER.slice(1)) take(field, firstMatch(keys, taken, pattern));
  return { index, ignored: ignoredOf(header, taken), kind };
}
