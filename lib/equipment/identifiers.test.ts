import { describe, expect, it } from "vitest";
import { normalizeMac, normalizeSerial } from "./identifiers";

describe("device identifiers", () => {
  it.each([
    ["9c:a2:f4:1b:22:0e", "9C:A2:F4:1B:22:0E"],
    ["9C-A2-F4-1B-22-0E", "9C:A2:F4:1B:22:0E"],
    ["9ca2.f41b.220e", "9C:A2:F4:1B:22:0E"],
    ["9CA2F41B220E", "9C:A2:F4:1B:22:0E"],
    ["9C:A2:F4:1B:22", null],
    ["GG:A2:F4:1B:22:0E", null],
  ])("reads the MAC %s as %s", (raw, expected) => expect(normalizeMac(raw)).toBe(expected));

  it.each([
    [" zte c3 01 ", "ZTEC301"],
    ["HWTC1234abcd", "HWTC1234ABCD"],
    ["ab", null],
    ["<script>", null],
  ])("reads the serial %s as %s", (raw, expected) => expect(normalizeSerial(raw)).toBe(expected));
});
