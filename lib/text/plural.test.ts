import { describe, expect, it } from "vitest";
import { nounFor, plural, pluralOf } from "./plural";

describe("plural", () => {
  it.each([
    [0, "invoice", "0 invoices"],
    [1, "invoice", "1 invoice"],
    [2, "invoice", "2 invoices"],
    [1, "customer", "1 customer"],
    [1234, "customer", "1,234 customers"],
    [1, "match", "1 match"],
    [3, "match", "3 matches"],
    [2, "box", "2 boxes"],
    [2, "entry", "2 entries"],
    [2, "barangay", "2 barangays"],
    [2, "day", "2 days"],
    [1, "reconnection", "1 reconnection"],
  ])("%i %s -> %s", (n, noun, text) => {
    expect(plural(n, noun)).toBe(text);
  });

  it("takes an irregular plural", () => {
    expect(plural(1, "person", "people")).toBe("1 person");
    expect(plural(5, "person", "people")).toBe("5 people");
    expect(nounFor(1, "row is", "rows are")).toBe("row is");
    expect(nounFor(2, "row is", "rows are")).toBe("rows are");
  });

  it("makes regular plurals", () => {
    expect(["payment", "bus", "wish", "key", "category"].map(pluralOf)).toEqual(["payments", "buses", "wishes", "keys", "categories"]);
  });
});
