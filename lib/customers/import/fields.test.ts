import { describe, expect, it } from "vitest";
import { guessMapping, headerKey, mappingProblems, type ColumnMapping } from "./fields";

describe("headerKey", () => {
  it.each<[string, string]>([
    ["Mobile No.", "mobile no"],
    ["E-mail", "e mail"],
    ["Brgy.", "brgy"],
    ["Account #", "account no"],
    ["  Último  Pago ", "ultimo pago"],
  ])("%j -> %j", (header, key) => expect(headerKey(header)).toBe(key));
});

describe("guessMapping", () => {
  it.each<[string, string[], ColumnMapping]>([
    [
      "a typical ISP sheet",
      ["Account No.", "Customer Name", "Mobile No.", "Address", "Brgy", "Plan", "Date Installed", "Remarks"],
      { accountNo: 0, name: 1, mobile: 2, address: 3, barangay: 4, plan: 5, startDate: 6, notes: 7 },
    ],
    [
      "first and last name win over a full name",
      ["Name", "First Name", "Last Name", "Cellphone", "Barangay"],
      { firstName: 1, lastName: 2, mobile: 3, barangay: 4 },
    ],
    ["contact number", ["Surname", "Given Name", "Contact", "Bgy"], { lastName: 0, firstName: 1, mobile: 2, barangay: 3 }],
    ["words inside longer headers", ["Subscriber's Cellphone #", "Barangay (Brgy)", "E-mail Address"], { mobile: 0, barangay: 1, email: 2 }],
    ["GPS and town", ["Lat", "Lng", "Municipality", "Status"], { latitude: 0, longitude: 1, city: 2, status: 3 }],
    ["nothing recognisable", ["Col A", "Col B"], {}],
  ])("%s", (_, header, expected) => expect(guessMapping(header)).toEqual(expected));
});

describe("mappingProblems", () => {
  const complete: ColumnMapping = { name: 0, mobile: 1, barangay: 2 };
  it.each<[string, ColumnMapping, number, string[]]>([
    ["complete", complete, 3, []],
    ["no name", { mobile: 1, barangay: 2 }, 3, ["Choose the column with the customer's name (a full name, or first and last name)."]],
    ["first name only", { firstName: 0, mobile: 1, barangay: 2 }, 3, ["Choose the column with the customer's name (a full name, or first and last name)."]],
    ["both name styles", { ...complete, firstName: 3, lastName: 4 }, 5, ["Choose either a full name column or first and last name columns, not both."]],
    ["no mobile or barangay", { name: 0 }, 1, ["Choose the column with the mobile number.", "Choose the column with the barangay."]],
    ["a column twice", { ...complete, notes: 1 }, 3, ["A column can be imported as one field only."]],
    ["a column the file lacks", { ...complete, email: 7 }, 3, ["Email points at a column the file does not have."]],
    ["latitude alone", { ...complete, latitude: 3 }, 4, ["Choose both latitude and longitude columns, or neither."]],
    ["start date without plan", { ...complete, startDate: 3 }, 4, ["A start date needs a plan column too."]],
  ])("%s", (_, mapping, columns, expected) => expect(mappingProblems(mapping, columns)).toEqual(expected));
});

describe("the sample file", () => {
  it("parses and maps every column without help", async () => {
    const { SAMPLE_CSV } = await import("./sample");
    const { parseCsv } = await import("./csv");
    const table = parseCsv(SAMPLE_CSV);
    const mapping = guessMapping(table.header);
    expect(Object.keys(mapping)).toHaveLength(table.header.length);
    expect(mappingProblems(mapping, table.header.length)).toEqual([]);
    expect(table.records).toHaveLength(6);
  });
});
