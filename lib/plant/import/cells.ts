/**
 * Cells of plant spreadsheets and map files as ISPs write them. Pure: the
 * browser and the server read a file the same way.
 */
import { toMicrodegrees } from "@/lib/map/coordinates";

/** "Feeder length (m)", "LCP Code", "Pole #" -> "feeder length", "lcp code", "pole". */
export function headerKey(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\b(optional|in|m|meters?|metres?|mtrs?|dbm)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A splitter ratio: "1:8", "1x8", "1/8", "1 : 16", "8", "8 ports", "1:8 PLC".
 * Returns the number of outputs, or null when the cell says something else.
 */
export function parseRatio(value: string): number | null {
  const v = value.trim().toLowerCase();
  const m = /^(?:1\s*[:x×/]\s*)?(\d{1,3})(?:\s*(?:ports?|way|plc|fbt|splitter))*$/.exec(v);
  if (!m) return null;
  const n = Number(m[1]);
  return n > 0 ? n : null;
}

/** The first ratio written like "1:8" in free text (a placemark's description). */
export function ratioInText(text: string): number | null {
  const m = /(?:^|[^\d])1\s*[:x×]\s*(\d{1,2})(?!\d)/i.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * A decimal degree as sheets and map apps write it: "8.4542", "8.4542°",
 * "124.6319 E", "8,4542" (a decimal comma). South and west make it negative.
 * Null for anything else (degrees-minutes-seconds included: say so in the message).
 */
export function parseDegree(value: string): number | null {
  let v = value.trim().replace(/°/g, "").trim();
  let sign = 1;
  const hemisphere = /\s*([NSEW])$/i.exec(v);
  if (hemisphere) {
    if (/[SW]/i.test(hemisphere[1]!)) sign = -1;
    v = v.slice(0, hemisphere.index).trim();
  }
  if (/^-?\d+,\d+$/.test(v)) v = v.replace(",", ".");
  if (!/^[-+]?\d{1,3}(\.\d+)?$/.test(v)) return null;
  return toMicrodegrees(sign * Number(v));
}

/** "8.4542, 124.6319" (as Google Maps copies a point) or "8.4542 124.6319". */
export function parseLatLng(value: string): { latitude: number; longitude: number } | null {
  const parts = value.trim().split(/\s*[,;]\s*|\s+/).filter(Boolean);
  if (parts.length !== 2) return null;
  const latitude = parseDegree(parts[0]!);
  const longitude = parseDegree(parts[1]!);
  return latitude === null || longitude === null ? null : { latitude, longitude };
}

/** Six decimals, as the schema keeps them (about 0.1 m). */
export const roundDegree = (n: number) => Math.round(n * 1e6) / 1e6;

/** A whole number of metres: "350", "350 m", "1,200", "1200m". Null for anything else. */
export function parseMetres(value: string): number | null {
  const v = value.trim().toLowerCase().replace(/\s*(m|meters?|metres?|mtrs?)$/, "").replace(/,(?=\d{3}\b)/g, "");
  if (!/^\d+(\.\d+)?$/.test(v)) return null;
  return Math.round(Number(v));
}

/** Codes compared as a person reads them: "nap-01", "NAP-01 " and "NAP-01" are one box. */
export const codeKey = (code: string) => code.trim().toLowerCase().replace(/\s+/g, " ");

/** "LCP" or "NAP" from a code, a name or a folder ("NAP-12", "LCP 03 Carmen", "NAPs"); null when neither. */
export function kindFromName(name: string): "lcp" | "nap" | null {
  const v = name.trim().toLowerCase();
  if (/^(lcp|fdt|fdh|cabinet)/.test(v)) return "lcp";
  if (/^(nap|fat|fdp)/.test(v)) return "nap";
  return null;
}
