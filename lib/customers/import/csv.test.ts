import { describe, expect, it } from "vitest";
import { CsvError, detectDelimiter, parseCsv, parseCsvRecords } from "./csv";

describe("parseCsvRecords", () => {
  it.each<[string, string, string[][]]>([
    ["plain", "a,b\n1,2", [["a", "b"], ["1", "2"]]],
    ["CRLF", "a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]],
    ["old Mac CR", "a,b\r1,2", [["a", "b"], ["1", "2"]]],
    ["quoted comma", 'a,"Purok 3, Carmen"\n', [["a", "Purok 3, Carmen"]]],
    ["doubled quote", '"5"" pipe",x', [['5" pipe', "x"]]],
    ["newline in quotes", '"line 1\nline 2",x\ny,z', [["line 1\nline 2", "x"], ["y", "z"]]],
    ["CRLF in quotes kept", '"a\r\nb"', [["a\r\nb"]]],
    ["empty fields", ",,\n", [["", "", ""]]],
    ["stray quote inside unquoted field", 'Juan "JR" Cruz,x', [['Juan "JR" Cruz', "x"]]],
    ["no final newline", "a", [["a"]]],
    ["blank line", "a\n\nb", [["a"], [""], ["b"]]],
  ])("%s", (_, text, expected) => expect(parseCsvRecords(text, ",")).toEqual(expected));

  it("says where an unclosed quote starts", () => {
    expect(() => parseCsvRecords('a,b\n1,"open\n2,3', ",")).toThrow(new CsvError('A quoted field that starts on line 2 never ends: a closing quote (") is missing.'));
  });
});

describe("detectDelimiter", () => {
  it.each<[string, string]>([
    ["name,mobile,barangay\n", ","],
    ["name;mobile;barangay\n", ";"],
    ["name\tmobile\tbarangay\n", "\t"],
    ['"Dela Cruz, Juan";0917;Carmen\n', ";"],
    ["name\n", ","],
    ["a;b,c,d\n", ","],
  ])("%j -> %j", (text, expected) => expect(detectDelimiter(text)).toBe(expected));
});

describe("parseCsv", () => {
  it("drops Excel's byte order mark, trims the header and numbers rows like the spreadsheet", () => {
    const table = parseCsv("\uFEFF Name ;Mobile\r\nJuan;0917\r\n;\r\nMaria;0918\r\n");
    expect(table.delimiter).toBe(";");
    expect(table.header).toEqual(["Name", "Mobile"]);
    expect(table.records).toEqual([
      { row: 2, cells: ["Juan", "0917"] },
      { row: 4, cells: ["Maria", "0918"] },
    ]);
  });

  it("refuses an empty file", () => {
    expect(() => parseCsv("\uFEFF\r\n \r\n")).toThrow("The file is empty.");
  });
});
