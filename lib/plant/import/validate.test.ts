import { describe, expect, it } from "vitest";
import { checkAssignmentRows, type AssignmentLookups } from "./assignments";
import { readPlantFile, type AssignmentRecord, type PlantRecord } from "./records";
import { checkPlantRows, type PlantLookups } from "./validate";

const LOOKUPS: PlantLookups = {
  barangays: [
    { id: "b-carmen", name: "Carmen", city: "Cagayan de Oro City" },
    { id: "b-naz", name: "Nazareth", city: "Cagayan de Oro City" },
  ],
  lcps: [
    { id: "l-old", code: "LCP-OLD", splitterRatio: 8, naps: 1 },
    { id: "l-full", code: "LCP-FULL", splitterRatio: 2, naps: 2 },
  ],
  napCodes: ["NAP-OLD"],
  ponPorts: [
    { id: "p-1", label: "0/1/1", olt: "Main" },
    { id: "p-2a", label: "0/1/2", olt: "Main" },
    { id: "p-2b", label: "0/1/2", olt: "North" },
  ],
};

function plantRecords(csv: string): PlantRecord[] {
  const read = readPlantFile("csv", csv);
  if (!read.ok || read.file.kind !== "plant") throw new Error("not a plant file");
  return read.file.records;
}

describe("checking plant rows", () => {
  it("takes good LCPs and NAPs, a NAP hanging on an LCP of the same file", () => {
    const rows = checkPlantRows(
      plantRecords(
        "Type,Code,Name,LCP,Barangay,Lat,Lng,Splitter,PON,Feeder (m),Pole,Distance (m)\n" +
          "LCP,LCP-01,Carmen cabinet,,Brgy. Carmen,8.4771,124.6411,1:16,0/1/1,2000,,\n" +
          "NAP,NAP-01,,LCP-01,carmen,8.4779,124.6405,8,,,P-12,300\n" +
          "NAP,NAP-02,,LCP-OLD,,,,,,,,\n",
      ),
      LOOKUPS,
      { lcpOptional: false },
    );
    expect(rows.map((r) => r.errors)).toEqual([{}, {}, {}]);
    expect(rows[0]!.lcp).toEqual({ code: "LCP-01", name: "Carmen cabinet", barangayId: "b-carmen", latitude: 8.4771, longitude: 124.6411, ponPortId: "p-1", splitterRatio: 16, feederLengthM: 2000, notes: "" });
    expect(rows[1]!.nap).toMatchObject({ code: "NAP-01", lcp: { code: "LCP-01" }, barangayId: "b-carmen", splitterRatio: 8, poleNumber: "P-12", distanceFromLcpM: 300 });
    expect(rows[2]!.nap).toMatchObject({ lcp: { id: "l-old" }, latitude: null, splitterRatio: 8 });
    expect(rows[2]!.notes).toEqual({ ratio: "No splitter given: 1:8 assumed." });
  });

  it("puts each problem next to its cell", () => {
    const rows = checkPlantRows(
      plantRecords(
        "Type,Code,LCP,Barangay,Lat,Lng,Splitter,PON\n" +
          "LCP,LCP-OLD,,,,,1:8,\n" + // 2 already in the plant
          "LCP,LCP-02,,Kauswagan,8.5,,1:32,0/1/2\n" + // 3 unknown barangay, half a location, ratio, ambiguous port
          "NAP,NAP-09,LCP-77,,124.64,8.47,1:2,\n" + // 4 unknown LCP, swapped, ratio not for a NAP
          "NAP,NAP-10,LCP-FULL,,8.47,124.64,1:8,\n" + // 5 LCP full
          "NAP,NAP-11,LCP-02,,,,1:8,\n" + // 6 LCP of the file with problems
          "NAP,NAP-12,LCP-OLD,,8.4,124.6,1:8,\n" +
          "NAP,nap-12,LCP-OLD,,,,,\n" + // 8 duplicate code (case and all)
          "NAP,NAP-OLD,LCP-OLD,,,,,\n" + // 9 already in the plant
          "Pole,P-1,,,,,,\n" + // 10 neither
          "NAP,NAP 13!,,,abc,124.6,,\n", // 11 bad code, no LCP, bad coordinate
      ),
      LOOKUPS,
      { lcpOptional: false },
    );
    const errors = Object.fromEntries(rows.map((r) => [r.row, r.errors]));
    expect(errors[2]).toEqual({ code: "LCP-OLD is already in your plant." });
    expect(errors[3]).toEqual({
      barangay: "Kauswagan is not in your barangays list: add it under Barangays first.",
      location: "Enter both latitude and longitude, or neither (longitude is missing).",
      ratio: "1:32 is not allowed for an LCP: use 1:2, 1:4, 1:8, 1:16.",
      ponPort: expect.stringContaining("Several OLTs have a port 0/1/2 (Main, North)"),
    });
    expect(errors[4]).toEqual({ lcp: "LCP-77 is not in your plant or this file.", location: expect.stringContaining("swapped"), ratio: "1:2 is not allowed for a NAP: use 1:4, 1:8, 1:16." });
    expect(errors[5]).toEqual({ lcp: "LCP-FULL is 1:2 and already feeds 2 NAPs." });
    expect(errors[6]).toEqual({ lcp: "LCP-02 (row 3) has problems: fix that row first." });
    expect(errors[7]).toEqual({ code: "NAP-12 is also on row 8." });
    expect(errors[8]).toEqual({ code: "nap-12 is also on row 7." });
    expect(errors[9]).toEqual({ code: "NAP-OLD is already in your plant." });
    expect(errors[10]).toEqual({ kind: "Pole is neither LCP nor NAP." });
    expect(Object.keys(errors[11]!).sort()).toEqual(["code", "lcp", "location"]);
    expect(rows.every((r) => !r.lcp && !r.nap)).toBe(true);
  });

  it("counts the outputs an LCP has left across the file's NAPs", () => {
    const csv = "NAP Code,LCP Code\nN-1,LCP-OLD\n" + Array.from({ length: 8 }, (_, i) => `N-${i + 2},LCP-OLD`).join("\n");
    const rows = checkPlantRows(plantRecords(csv), LOOKUPS, { lcpOptional: false });
    expect(rows.filter((r) => r.nap).length).toBe(7);
    expect(rows.slice(7).map((r) => r.errors.lcp)).toEqual(["LCP-OLD is 1:8 and already feeds 8 NAPs.", "LCP-OLD is 1:8 and already feeds 8 NAPs."]);
  });

  it("imports a map's NAP without a known LCP, flagged, and flags a place outside the country", () => {
    const records: PlantRecord[] = [
      { row: 1, kind: "nap", cells: { code: "NAP-20", lcp: "LCP-99", latitude: "8.47", longitude: "124.64", ratio: "" } },
      { row: 2, kind: "nap", cells: { code: "NAP-21", lcp: "", latitude: "35.6", longitude: "139.7", ratio: "1:16" } },
    ];
    const rows = checkPlantRows(records, LOOKUPS, { lcpOptional: true });
    expect(rows.map((r) => r.errors)).toEqual([{}, {}]);
    expect(rows[0]!.nap!.lcp).toBeNull();
    expect(rows[0]!.notes).toEqual({ lcp: "LCP-99 is not in your plant or this file: imported without an LCP.", ratio: "No splitter given: 1:8 assumed." });
    expect(rows[1]!.notes).toEqual({ lcp: expect.stringContaining("No LCP given"), location: "Outside the Philippines: check the coordinates." });
  });
});

describe("checking port assignments", () => {
  const lookups: AssignmentLookups = {
    naps: [
      {
        code: "NAP-01",
        splitterRatio: 8,
        ports: [
          { id: "port-1", portNumber: 1, state: "free", accountNo: null },
          { id: "port-2", portNumber: 2, state: "in_use", accountNo: "ACC-9" },
          { id: "port-3", portNumber: 3, state: "faulty", accountNo: null },
          { id: "port-4", portNumber: 4, state: "free", accountNo: null },
          { id: "port-5", portNumber: 5, state: "reserved", accountNo: "ACC-8" },
        ],
      },
    ],
    customers: [
      { accountNo: "ACC-1", name: "Juan Dela Cruz", lines: [{ subscriptionId: "s-1", plan: "Fiber 50", label: "", connectedAt: null }] },
      { accountNo: "ACC-2", name: "Maria Santos", lines: [{ subscriptionId: "s-2", plan: "Fiber 50", label: "Home", connectedAt: null }, { subscriptionId: "s-3", plan: "Fiber 100", label: "Shop", connectedAt: null }] },
      { accountNo: "ACC-3", name: "Jose Reyes", lines: [] },
      { accountNo: "ACC-4", name: "Ana Cruz", lines: [{ subscriptionId: "s-4", plan: "Fiber 30", label: "", connectedAt: "NAP-07 port 2" }] },
      { accountNo: "ACC-5", name: "Pedro Ramos", lines: [{ subscriptionId: "s-5", plan: "Fiber 30", label: "", connectedAt: null }] },
    ],
  };
  const rec = (row: number, nap: string, port: string, accountNo: string): AssignmentRecord => ({ row, cells: { nap, port, accountNo } });

  it("connects a line to a free port and refuses each kind of problem with its reason", () => {
    const rows = checkAssignmentRows(
      [
        rec(2, "nap-01", "1", "ACC-1"),
        rec(3, "NAP-01", "9", "ACC-5"),
        rec(4, "NAP-01", "2", "ACC-5"),
        rec(5, "NAP-01", "3", "ACC-5"),
        rec(6, "NAP-01", "5", "ACC-5"),
        rec(7, "NAP-99", "1", "ACC-2"),
        rec(8, "NAP-01", "4", "ACC-3"),
        rec(9, "NAP-01", "4", "ACC-4"),
        rec(10, "NAP-01", "x", "ACC-404"),
      ],
      lookups,
    );
    expect(rows[0]!.assignment).toEqual({ portId: "port-1", subscriptionId: "s-1", napCode: "NAP-01", portNumber: 1, accountNo: "ACC-1" });
    expect(rows[0]!.notes).toEqual({ accountNo: "Juan Dela Cruz" });
    const errors = Object.fromEntries(rows.map((r) => [r.row, r.errors]));
    expect(errors[3]).toMatchObject({ port: "NAP-01 is 1:8: its ports are 1 to 8." });
    expect(errors[4]).toMatchObject({ port: "Port 2 is already in use (ACC-9)." });
    expect(errors[5]).toMatchObject({ port: "Port 3 is marked faulty." });
    expect(errors[6]).toMatchObject({ port: "Port 5 is reserved for an installation (ACC-8)." });
    expect(errors[7]).toEqual({ nap: "No NAP NAP-99 in your plant.", accountNo: "Maria Santos has 2 lines (Fiber 50 (Home), Fiber 100 (Shop)): connect each with an installation job instead." });
    expect(errors[8]).toEqual({ port: "NAP-01 port 4 is also on row 9.", accountNo: "Jose Reyes has no active or suspended line to connect." });
    expect(errors[9]).toEqual({ port: "NAP-01 port 4 is also on row 8.", accountNo: "Ana Cruz is already connected at NAP-07 port 2." });
    expect(errors[10]).toEqual({ port: "Write the port as a number, like 3.", accountNo: "No customer has account number ACC-404." });
    expect(errors[3]!.accountNo).toBe("ACC-5 is also on row 4, 5, 6.");
    expect(rows.filter((r) => r.assignment).length).toBe(1);
  });
});
