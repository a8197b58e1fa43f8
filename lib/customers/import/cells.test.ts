import { describe, expect, it } from "vitest";
import { barangayKey, cityKey, editDistance, looksLikeScientific, parseImportDate, parseStatus } from "./cells";

describe("barangayKey and cityKey", () => {
  it.each<[string, string]>([
    ["Brgy. Carmen", "carmen"],
    ["BARANGAY CARMEN", "carmen"],
    ["Bgy Nazareth", "nazareth"],
    ["Barangay 1 (Pob.)", "1 pob"],
    ["Santo Niño", "santo nino"],
    ["  Puerto  ", "puerto"],
  ])("barangay %j -> %j", (input, key) => expect(barangayKey(input)).toBe(key));

  it.each<[string, string]>([
    ["Cagayan de Oro City", "cagayan de oro"],
    ["City of Cagayan de Oro", "cagayan de oro"],
    ["cagayan de oro", "cagayan de oro"],
    ["El Salvador", "el salvador"],
  ])("city %j -> %j", (input, key) => expect(cityKey(input)).toBe(key));
});

describe("parseImportDate", () => {
  it.each<[string, string | null]>([
    ["2026-01-05", "2026-01-05"],
    ["2026/1/5", "2026-01-05"],
    ["1/5/2026", "2026-01-05"],
    ["12/31/2025", "2025-12-31"],
    ["Jan 5, 2026", "2026-01-05"],
    ["January 5 2026", "2026-01-05"],
    ["Sept. 30, 2025", "2025-09-30"],
    ["2026-02-30", null],
    ["31/12/2025", null],
    ["05-01-2026", null],
    ["yesterday", null],
    ["", null],
  ])("%j -> %j", (input, expected) => expect(parseImportDate(input)).toBe(expected));
});

describe("parseStatus", () => {
  it.each<[string, string | null]>([
    ["", "active"],
    ["Active", "active"],
    [" SUSPENDED ", "suspended"],
    ["disconnected", "disconnected"],
    ["Cut-off", "disconnected"],
    ["terminated", "terminated"],
    ["Cancelled", "terminated"],
    ["connected", "active"],
    ["maybe", null],
  ])("%j -> %j", (input, expected) => expect(parseStatus(input)).toBe(expected));
});

describe("looksLikeScientific", () => {
  it.each<[string, boolean]>([
    ["9.17123E+09", true],
    ["6.39171E+11", true],
    ["09171234567", false],
  ])("%j -> %j", (input, expected) => expect(looksLikeScientific(input)).toBe(expected));
});

describe("editDistance", () => {
  it.each<[string, string, number]>([
    ["macasandig", "macasandig", 0],
    ["macasandeg", "macasandig", 1],
    ["carmn", "carmen", 1],
    ["nazaret", "nazareth", 1],
    ["bulua", "carmen", 4],
    ["a", "abcdefgh", 4],
  ])("%j ~ %j = %d (capped at 4)", (a, b, d) => expect(editDistance(a, b, 3)).toBe(d));
});
