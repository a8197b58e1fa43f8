import { describe, expect, it } from "vitest";
import { readPlantFile } from "./records";

const read = (csv: string) => {
  const r = readPlantFile("csv", csv);
  if (!r.ok) throw new Error(r.problem);
  return r.file;
};

describe("plant CSV headers", () => {
  it("reads a file of LCPs by its LCP Code column", () => {
    const file = read("LCP Code,Name,Brgy,Lat,Long,Splitter,PON Port (optional),Feeder length (m),Remarks,Owner\nLCP-01,Carmen,Carmen,8.47,124.64,1:8,0/1/1,2000,ok,me\n");
    expect(file.kind).toBe("plant");
    if (file.kind !== "plant") return;
    expect(file.records[0]).toEqual({
      row: 2,
      kind: "lcp",
      cells: { code: "LCP-01", name: "Carmen", barangay: "Carmen", latitude: "8.47", longitude: "124.64", ratio: "1:8", ponPort: "0/1/1", feederLengthM: "2000", notes: "ok" },
    });
    expect(file.ignored).toEqual(["Owner"]);
  });

  it("reads a file of NAPs: the NAP column is the code, the LCP column its cabinet", () => {
    const file = read("NAP,LCP,Barangay,Latitude,Longitude,Pole No.,Ratio,Distance from LCP (m)\nNAP-01,LCP-01,Carmen,8.47,124.64,P-1,8,300\n");
    if (file.kind !== "plant") throw new Error("not plant");
    expect(file.records[0]!.kind).toBe("nap");
    expect(file.records[0]!.cells).toMatchObject({ code: "NAP-01", lcp: "LCP-01", poleNumber: "P-1", distanceFromLcpM: "300" });
  });

  it("takes a Code column beside an LCP column as NAPs, and a Code column alone as LCPs", () => {
    const naps = read("Code,Name,LCP Code,Barangay,GPS\nN-1,Box,LCP-01,Carmen,\"8.47, 124.64\"\n");
    if (naps.kind !== "plant") throw new Error("not plant");
    expect(naps.records[0]).toMatchObject({ kind: "nap", cells: { code: "N-1", lcp: "LCP-01", coordinates: "8.47, 124.64" } });
    const lcps = read("Code,Name,Splitter\nC-1,Cabinet,1:4\n");
    if (lcps.kind !== "plant") throw new Error("not plant");
    expect(lcps.records[0]!.kind).toBe("lcp");
  });

  it("reads both kinds from a Type column, and guesses from the code when it is empty", () => {
    const file = read("Type,Code,Parent,Lat,Lng\nLCP,LCP-01,,8.47,124.64\nNAP box,NAP-01,LCP-01,8.48,124.65\n,NAP-02,LCP-01,,\nPole,P-1,,,\n");
    if (file.kind !== "plant") throw new Error("not plant");
    expect(file.records.map((r) => r.kind)).toEqual(["lcp", "nap", "nap", null]);
  });

  it("recognises a file of port assignments", () => {
    const file = read("NAP Code;Port No.;Account Number\nNAP-01;3;ACC-000001\n");
    expect(file).toMatchObject({ kind: "assignments", records: [{ row: 2, cells: { nap: "NAP-01", port: "3", accountNo: "ACC-000001" } }] });
  });

  it("refuses a file without a code column, and one too long", () => {
    expect(readPlantFile("csv", "Name,Barangay\nBox,Carmen\n")).toEqual({ ok: false, problem: expect.stringContaining("No column holds the box codes") });
    const big = ["LCP Code", ...Array.from({ length: 5001 }, (_, i) => `LCP-${i}`)].join("\n");
    expect(readPlantFile("csv", big)).toEqual({ ok: false, problem: expect.stringContaining("5,001 rows") });
  });
});
