import { describe, expect, it } from "vitest";
import { checkBarangayRows, CSV_MAX_ROWS, readBarangayCsv, SAMPLE_CSV } from "./csv-import";

const rowsOf = (text: string) => {
  const r = readBarangayCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.rows;
};

describe("readBarangayCsv", () => {
  it("maps columns by header name, in any order and case, ignoring extra columns", () => {
    const rows = rowsOf("Province,Notes,Barangay,City/Municipality\r\nMisamis Oriental,x, Carmen ,Cagayan de Oro City\r\n");
    expect(rows).toEqual([{ line: 2, name: "Carmen", city: "Cagayan de Oro City", province: "Misamis Oriental", psgcCode: "" }]);
  });

  it("reads a file saved with semicolons, as Excel does in some locales", () => {
    expect(rowsOf("name;city;province\nCarmen;Cagayan de Oro City;Misamis Oriental")).toEqual([
      { line: 2, name: "Carmen", city: "Cagayan de Oro City", province: "Misamis Oriental", psgcCode: "" },
    ]);
  });

  it("reads the sample file", () => {
    expect(rowsOf(SAMPLE_CSV)).toHaveLength(3);
  });

  it.each([
    ["an empty file", "", "empty"],
    ["a header without the province column", "name,city\nCarmen,CDO", "Missing: province"],
    ["a header and no rows", "name,city,province\r\n", "no barangays"],
    ["an unclosed quote", 'name,city,province\n"Carmen,CDO,MO', "never closed"],
  ])("refuses %s", (_, text, message) => {
    const r = readBarangayCsv(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it("refuses more rows than one import takes", () => {
    const text = ["name,city,province", ...Array.from({ length: CSV_MAX_ROWS + 1 }, (_, i) => `B${i},C,P`)].join("\n");
    expect(readBarangayCsv(text)).toMatchObject({ ok: false, error: expect.stringContaining("too large") });
  });
});

describe("checkBarangayRows", () => {
  const existing = [{ name: "Carmen", city: "Cagayan de Oro City", province: "Misamis Oriental", psgcCode: "1030500044" }];
  const csv = [
    "name,city,province,psgc_code",
    "Lapasan,Cagayan de Oro City,Misamis Oriental,1030500053", // 2 ok
    "CARMEN,cagayan de oro city,Misamis Oriental,", // 3 already in the list (case-insensitive)
    "Kauswagan,Cagayan de Oro City,Misamis Oriental,1030500044", // 4 existing PSGC code
    ",Cagayan de Oro City,Misamis Oriental,", // 5 missing name
    "Gusa,Cagayan de Oro City,Misamis Oriental,12AB", // 6 bad code
    "lapasan,Cagayan de Oro City,Misamis Oriental,", // 7 same as line 2
    "Bulua,Cagayan de Oro City,Misamis Oriental,1030500053", // 8 same code as line 2
    "Gusa,Cagayan de Oro City,Misamis Oriental,1030500049", // 9 ok: line 6 was bad, so not a duplicate of it
  ].join("\n");

  it("marks each row ok, bad or duplicate with a reason", () => {
    const { rows, valid } = checkBarangayRows(rowsOf(csv), existing);
    expect(rows.map((r) => [r.line, r.status])).toEqual([
      [2, "ok"],
      [3, "duplicate"],
      [4, "duplicate"],
      [5, "bad"],
      [6, "bad"],
      [7, "duplicate"],
      [8, "duplicate"],
      [9, "ok"],
    ]);
    expect(rows[1]!.messages).toEqual(["Already in your list."]);
    expect(rows[2]!.messages).toEqual(["A barangay in your list already has this PSGC code."]);
    expect(rows[3]!.messages).toEqual(["Enter the barangay's name."]);
    expect(rows[4]!.messages).toEqual(["A PSGC code has 9 or 10 digits."]);
    expect(rows[5]!.messages).toEqual(["Same barangay as line 2."]);
    expect(rows[6]!.messages).toEqual(["Same PSGC code as line 2."]);
    expect(valid).toEqual([
      { name: "Lapasan", city: "Cagayan de Oro City", province: "Misamis Oriental", psgcCode: "1030500053" },
      { name: "Gusa", city: "Cagayan de Oro City", province: "Misamis Oriental", psgcCode: "1030500049" },
    ]);
  });

  it("lists every problem of a bad row once", () => {
    const { rows } = checkBarangayRows(rowsOf("name,city,province\n,,\n"), []);
    expect(rows[0]).toMatchObject({ status: "bad", messages: ["Enter the barangay's name.", "Enter the city or municipality.", "Enter the province."] });
  });
});
