import { describe, expect, it } from "vitest";
import { describePasteProblem, parseSerialPaste } from "./paste";

describe("parseSerialPaste", () => {
  it("reads one serial a line, skipping blank lines and closing up typed spaces", () => {
    expect(parseSerialPaste("zteg00000001\n\n  ZTEG00000002  \r\nzte c3 01\n")).toEqual({
      devices: [
        { line: 1, serialNumber: "ZTEG00000001", mac: null },
        { line: 3, serialNumber: "ZTEG00000002", mac: null },
        { line: 4, serialNumber: "ZTEC301", mac: null },
      ],
      problems: [],
    });
  });

  it.each([
    ["SERIAL,MAC", "HWTC1234ABCD,9c:a2:f4:1b:22:0e"],
    ["SERIAL;MAC", "HWTC1234ABCD; 9C-A2-F4-1B-22-0E"],
    ["SERIAL<tab>MAC (a spreadsheet column pair)", "HWTC1234ABCD\t9ca2.f41b.220e"],
    ["SERIAL MAC (a scanner)", "HWTC1234ABCD 9CA2F41B220E"],
    ["SERIAL   MAC with many spaces", "HWTC1234ABCD    9C:A2:F4:1B:22:0E"],
  ])("reads %s", (_, line) => {
    expect(parseSerialPaste(line)).toEqual({ devices: [{ line: 1, serialNumber: "HWTC1234ABCD", mac: "9C:A2:F4:1B:22:0E" }], problems: [] });
  });

  it("takes an empty MAC after the comma as no MAC", () => {
    expect(parseSerialPaste("HWTC1234ABCD,\nHWTC1234ABCE, ").devices.map((d) => d.mac)).toEqual([null, null]);
  });

  it.each([
    ["a bad serial", "ab", /“ab” is not a serial number/],
    ["a serial with markup", "<script>", /is not a serial number/],
    ["a bad MAC after a comma", "HWTC1234ABCD,9C:A2:F4:1B:22", /“9C:A2:F4:1B:22” is not a MAC address/],
    ["three parts", "HWTC1234ABCD,9C:A2:F4:1B:22:0E,extra", /one serial and at most one MAC/],
    ["a MAC with no serial", ",9C:A2:F4:1B:22:0E", /“” is not a serial number/],
  ])("names %s with its line", (_, line, problem) => {
    const parsed = parseSerialPaste(`ZTEG00000001\n${line}`);
    expect(parsed.devices).toHaveLength(1);
    expect(parsed.problems).toEqual([{ line: 2, text: line.trim(), problem: expect.stringMatching(problem) }]);
  });

  it("refuses a serial or a MAC pasted twice, pointing at the first line", () => {
    const parsed = parseSerialPaste(["ZTEG00000001,9C:A2:F4:1B:22:0E", "zteg00000001", "ZTEG00000002,9c-a2-f4-1b-22-0e", "ZTEG00000003"].join("\n"));
    expect(parsed.devices.map((d) => d.serialNumber)).toEqual(["ZTEG00000001", "ZTEG00000003"]);
    expect(parsed.problems.map(describePasteProblem)).toEqual([
      "Line 2: ZTEG00000001 is already on line 1.",
      "Line 3: The MAC 9C:A2:F4:1B:22:0E is already on line 1.",
    ]);
  });

  it("reads nothing from an empty box", () => {
    expect(parseSerialPaste(" \n\n")).toEqual({ devices: [], problems: [] });
  });
});
