import { describe, expect, it } from "vitest";
import { readImportFile } from "./records";

const mapping = { name: 0, mobile: 1, barangay: 2 };

describe("readImportFile", () => {
  it("maps each row's cells to fields, trimmed, with spreadsheet row numbers", () => {
    expect(readImportFile("Name,Mobile,Brgy,Extra\r\n Juan Dela Cruz ,0917 123 4567,Carmen,x\r\n\r\nAna Ramos,0918 000 0000,Lapasan\r\n", mapping)).toEqual({
      ok: true,
      records: [
        { row: 2, cells: { name: "Juan Dela Cruz", mobile: "0917 123 4567", barangay: "Carmen" } },
        { row: 4, cells: { name: "Ana Ramos", mobile: "0918 000 0000", barangay: "Lapasan" } },
      ],
    });
  });

  it.each<[string, string, Record<string, number>, string[]]>([
    ["no rows", "Name,Mobile,Brgy\n", mapping, ["The file has a header but no customer rows."]],
    ["a broken quote", 'Name,Mobile,Brgy\n"Juan,1,2\n', mapping, ['A quoted field that starts on line 2 never ends: a closing quote (") is missing.']],
    ["a mapping past the last column", "Name,Mobile\nJuan,1\n", mapping, ["Barangay points at a column the file does not have."]],
  ])("refuses %s", (_, text, map, problems) => expect(readImportFile(text, map)).toEqual({ ok: false, problems }));

  it("refuses more than 20,000 rows", () => {
    const text = `Name,Mobile,Brgy\n${"Juan Cruz,09171234567,Carmen\n".repeat(20_001)}`;
    expect(readImportFile(text, mapping)).toEqual({ ok: false, problems: ["The file has 20,001 rows; import at most 20,000 at a time."] });
  });
});
