import { describe, expect, it } from "vitest";
import { naturalCompare, sortNaturally } from "./natural-sort";

describe("natural sort", () => {
  it("orders numbers inside names by value", () => {
    const barangays = ["Barangay 10", "Barangay 2", "Carmen", "Barangay 1", "Barangay 22", "Agusan", "Barangay 3"];
    expect([...barangays].sort(naturalCompare)).toEqual(["Agusan", "Barangay 1", "Barangay 2", "Barangay 3", "Barangay 10", "Barangay 22", "Carmen"]);
    expect([...["Fiber 100", "Fiber 30", "Business 300", "Fiber 50"]].sort(naturalCompare)).toEqual(["Business 300", "Fiber 30", "Fiber 50", "Fiber 100"]);
  });

  it("ignores case and accents", () => {
    expect(naturalCompare("carmen", "Carmen")).toBe(0);
    expect(naturalCompare("Parañaque", "Paranaque")).toBe(0);
    expect(naturalCompare("bulua", "Carmen")).toBeLessThan(0);
  });

  it("sorts objects by a key and keeps ties in their order", () => {
    const rows = [
      { name: "Barangay 10", city: "B" },
      { name: "Barangay 2", city: "Z" },
      { name: "Barangay 2", city: "A" },
    ];
    expect(sortNaturally(rows, (r) => r.name)).toEqual([rows[1], rows[2], rows[0]]);
  });
});
