import { describe, expect, it } from "vitest";
import { parseCsv, sniffDelimiter } from "./csv";

const records = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.records;
};
const fields = (text: string) => records(text).map((r) => r.fields);

describe("parseCsv", () => {
  it.each([
    ["LF", "a,b\n1,2\n", [["a", "b"], ["1", "2"]]],
    ["CRLF", "a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]],
    ["old Mac CR", "a,b\r1,2", [["a", "b"], ["1", "2"]]],
    ["no final newline", "a,b\n1,2", [["a", "b"], ["1", "2"]]],
    ["byte order mark", "\uFEFFname,city\nCarmen,CDO", [["name", "city"], ["Carmen", "CDO"]]],
    ["quoted comma", 'a,"Poblacion, Upper",c', [["a", "Poblacion, Upper", "c"]]],
    ["escaped quote", '"Sto. ""Niño""",x', [['Sto. "Niño"', "x"]]],
    ["line break inside quotes", '"two\r\nlines",x\ny,z', [["two\r\nlines", "x"], ["y", "z"]]],
    ["empty fields", ",,\n", [["", "", ""]]],
    ["quoted empty field", '""\n', [[""]]],
    ["space before a quote", 'a, "b, c"', [["a", "b, c"]]],
    ["stray quote inside a field", 'Ma"am,x', [['Ma"am', "x"]]],
    ["blank lines skipped", "a\n\n\nb\n\n", [["a"], ["b"]]],
    ["non-ASCII", "Parañaque,Señor Santo Niño", [["Parañaque", "Señor Santo Niño"]]],
  ])("reads %s", (_, text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it("gives each record the line it starts on, counting line breaks inside quotes and blank lines", () => {
    expect(records('h\n"a\nb"\n\nc\r\nd').map((r) => r.line)).toEqual([1, 2, 5, 6]);
  });

  it("reads an empty file as no records", () => {
    expect(records("")).toEqual([]);
    expect(records("\uFEFF\r\n")).toEqual([]);
  });

  it("refuses a quote that is never closed, naming its line", () => {
    expect(parseCsv('a,b\n"open,c\nd')).toEqual({ ok: false, error: expect.stringContaining("line 2") });
  });
});

describe("sniffDelimiter", () => {
  it.each([
    ["name,city,province\n", ","],
    ["name;city;province\r\n", ";"],
    ["name\tcity\tprovince", "\t"],
    ['"a;b",c\n', ","],
    ["name\n", ","],
  ])("reads %j as %j", (text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });

  it("lets parseCsv read a semicolon file with quoted semicolons", () => {
    expect(parseCsv('name;city\n"A; B";C', ";")).toEqual({ ok: true, records: [{ line: 1, fields: ["name", "city"] }, { line: 2, fields: ["A; B", "C"] }] });
  });
});
