import { kmlWithFolders, type F, type Folder } from "@tmcw/togeojson";
import { DOMParser } from "@xmldom/xmldom";
import { kindFromName, ratioInText } from "./cells";
import type { PlantRecord } from "./records";

/** A map file's text as a DOM; a file that is not XML at all is refused with a sentence. */
function parseXml(text: string) {
  try {
    return new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, "text/xml");
  } catch {
    return null;
  }
}

/** A placemark's description as plain text: Google Earth stores HTML there. */
function plainText(value: unknown): string {
  const raw = typeof value === "string" ? value : value && typeof value === "object" && "value" in value ? String((value as { value: unknown }).value) : "";
  return raw
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}

/** An extended-data field ("LCP", "Splitter", "Barangay", "Pole") of a placemark, by a forgiving name. */
function property(props: Record<string, unknown>, pattern: RegExp): string {
  for (const [key, value] of Object.entries(props)) {
    if (pattern.test(key.trim().toLowerCase()) && (typeof value === "string" || typeof value === "number")) return String(value).trim();
  }
  return "";
}

type Found = { feature: F; folders: string[] };

function walk(children: (Folder | F)[], folders: string[], out: Found[]) {
  for (const child of children) {
    if (child.type === "folder") walk(child.children, [...folders, String(child.meta.name ?? "").trim()], out);
    else out.push({ feature: child, folders });
  }
}

export type KmlRead = { ok: true; records: PlantRecord[]; skipped: number } | { ok: false; problem: string };

/**
 * LCP and NAP placemarks of a Google Earth file. A placemark is an LCP or a
 * NAP by its name ("LCP-03", "NAP 12") or else by the nearest folder that
 * says ("NAPs", "LCP"); a NAP inside a folder named like a cabinet
 * ("LCP-03 Carmen") hangs on that cabinet, unless its own data or description
 * names one. Only points are read: cable routes and areas are left out
 * (counted in `skipped`), as are points that are neither.
 */
export function readKml(text: string): KmlRead {
  const doc = parseXml(text);
  if (!doc || !doc.documentElement || doc.getElementsByTagName("kml").length + doc.getElementsByTagName("Document").length === 0) {
    return { ok: false, problem: "This is not a KML map file. Export it from Google Earth as KML or KMZ." };
  }
  const found: Found[] = [];
  walk(kmlWithFolders(doc as unknown as Parameters<typeof kmlWithFolders>[0]).children, [], found);
  const records: PlantRecord[] = [];
  let skipped = 0;
  for (const [i, { feature, folders }] of found.entries()) {
    const props = (feature.properties ?? {}) as Record<string, unknown>;
    const name = String(props.name ?? "").trim();
    const folderKinds = folders.map(kindFromName);
    const kind = kindFromName(name) ?? [...folderKinds].reverse().find((k) => k !== null) ?? null;
    if (feature.geometry?.type !== "Point" || !kind) {
      skipped++;
      continue;
    }
    const [lng, lat] = feature.geometry.coordinates;
    const description = plainText(props.description);
    // The cabinet a NAP hangs on: its own data, its description ("from LCP-03"), or the folder it sits in.
    const lcpFolder = [...folders].reverse().find((f) => kindFromName(f) === "lcp" && /\d/.test(f));
    const lcp =
      kind === "nap"
        ? property(props, /^(lcp|lcp code|parent|parent lcp)$/) || (/\b(LCP[- ]?\d+[A-Z]?)\b/i.exec(description)?.[1] ?? "") || (lcpFolder?.split(/\s+/)[0] ?? "")
        : "";
    const ratio = property(props, /^(splitter|splitter ratio|ratio)$/) || (ratioInText(description) ? `1:${ratioInText(description)}` : "");
    records.push({
      row: i + 1,
      kind,
      cells: {
        code: name,
        lcp,
        barangay: property(props, /^(barangay|brgy)$/),
        latitude: lat === undefined ? "" : String(lat),
        longitude: lng === undefined ? "" : String(lng),
        ratio,
        poleNumber: kind === "nap" ? property(props, /^(pole|pole no|pole number)$/) : "",
        notes: description.slice(0, 1000),
      },
    });
  }
  return { ok: true, records, skipped };
}
