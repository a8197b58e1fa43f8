import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./write";

describe("csvCell", () => {
  it.each<[string | number | null | undefined, string]>([
    ["Juan", "Juan"],
    ["Dela Cruz, Juan", '"Dela Cruz, Juan"'],
    ['The "Boss"', '"The ""Boss"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["=HYPERLINK(\"x\")", '"\'=HYPERLINK(""x"")"'],
    ["+639171234567", "'+639171234567"],
    ["-5", "'-5"],
    ["@cmd", "'@cmd"],
    [1299, "1299"],
    [-5, "-5"],
    [null, ""],
    [undefined, ""],
  ])("%s -> %s", (value, expected) => expect(csvCell(value)).toBe(expected));
});

describe("csvLine", () => {
  it("joins cells and ends with CRLF", () => expect(csvLine(["a", "b,c", null])).toBe('a,"b,c",\r\n'));
});
