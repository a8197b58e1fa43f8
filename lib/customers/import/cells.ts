import type { CustomerStatus } from "@/db/schema/subscribers";

// Listed here rather than imported as a value: this module also runs in the browser, which should not load the schema.
const STATUSES: readonly CustomerStatus[] = ["active", "suspended", "disconnected", "terminated"];

/** Folds what spreadsheets vary in: case, accents (Ñ, é), punctuation, repeated spaces. */
export function foldText(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.,'’()-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** "Brgy. Carmen", "BARANGAY CARMEN", "carmen" -> "carmen". */
export function barangayKey(name: string): string {
  return foldText(name).replace(/^(barangay|brgy|bgy) /, "");
}

/** "Cagayan de Oro City", "City of Cagayan de Oro", "cagayan de oro" -> "cagayan de oro". */
export function cityKey(city: string): string {
  return foldText(city).replace(/^city of /, "").replace(/ city$/, "");
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function isoIfReal(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Dates as Philippine spreadsheets hold them: 2026-01-05, 2026/01/05,
 * 1/5/2026 (month first, as Excel writes them in the Philippines) and
 * "Jan 5, 2026". Returns YYYY-MM-DD, or null for anything else.
 */
export function parseImportDate(value: string): string | null {
  const v = value.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(v);
  if (m) return isoIfReal(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) return isoIfReal(Number(m[3]), Number(m[1]), Number(m[2]));
  m = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$/i.exec(v);
  if (m) {
    const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    if (month >= 0) return isoIfReal(Number(m[3]), month + 1, Number(m[2]));
  }
  return null;
}

const STATUS_WORDS: Record<string, CustomerStatus> = {
  connected: "active",
  cut: "disconnected",
  "cut off": "disconnected",
  cancelled: "terminated",
  canceled: "terminated",
};

/** An empty cell means active, as for a customer added by hand. */
export function parseStatus(value: string): CustomerStatus | null {
  const v = foldText(value);
  if (!v) return "active";
  if ((STATUSES as readonly string[]).includes(v)) return v as CustomerStatus;
  return STATUS_WORDS[v] ?? null;
}

/** Excel turns long numbers into "9.17123E+09"; the message should say so rather than just "invalid". */
export function looksLikeScientific(value: string): boolean {
  return /^\d(\.\d+)?e\+\d+$/i.test(value.trim());
}

/** Levenshtein distance, for "did you mean" on a misspelt barangay; stops early past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
