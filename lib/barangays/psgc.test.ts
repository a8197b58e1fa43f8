import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { findPlace, listBarangays, listCities, listProvinces, PSGC_RELEASE } from "./psgc";

const MISAMIS_ORIENTAL = "1004300000";
const CDO = "1030500000";

async function provinceCode(name: string): Promise<string> {
  const p = (await listProvinces()).find((x) => x.name === name);
  if (!p) throw new Error(`no province ${name}`);
  return p.code;
}

describe("PSGC data", () => {
  it("names the release of the installed package", () => {
    const require = createRequire(import.meta.url);
    const pkg = JSON.parse(readFileSync(require.resolve(`${PSGC_RELEASE.packageName}/package.json`), "utf8")) as { version: string };
    expect(pkg.version).toBe(PSGC_RELEASE.packageVersion);
  });

  it("lists Cagayan de Oro City under Misamis Oriental, though PSGC codes it as an independent city", async () => {
    const cities = await listCities(MISAMIS_ORIENTAL);
    expect(cities).toContainEqual({ code: CDO, name: "Cagayan de Oro City" });
    expect(cities).toContainEqual({ code: "1004308000", name: "Gingoog City" });
    expect(cities.map((c) => c.name)).toEqual([...cities.map((c) => c.name)].sort((a, b) => a.localeCompare(b)));
  });

  it("has Cagayan de Oro's 80 barangays with 10-digit codes", async () => {
    const barangays = await listBarangays(CDO);
    expect(barangays).toHaveLength(80);
    expect(barangays.every((b) => /^1030500\d{3}$/.test(b.code))).toBe(true);
    expect(barangays).toContainEqual({ code: "1030500044", name: "Carmen" });
    expect(barangays).toContainEqual({ code: "1030500053", name: "Lapasan" });
    expect(barangays).toContainEqual({ code: "1030500052", name: "Kauswagan" });
    // Numeric order: people look for "Barangay 2" right after "Barangay 1".
    const numbered = barangays.filter((b) => b.name.startsWith("Barangay ")).map((b) => b.name);
    expect(numbered.slice(0, 3)).toEqual(["Barangay 1", "Barangay 2", "Barangay 3"]);
  });

  it("reaches every barangay in the country through some province and city", async () => {
    const seen = new Set<string>();
    for (const p of await listProvinces()) {
      for (const c of await listCities(p.code)) for (const b of await listBarangays(c.code)) seen.add(b.code);
    }
    expect(seen.size).toBe(42_011);
  });

  it("gathers Manila's barangays from its districts", async () => {
    const manila = (await listCities("1300000000")).find((c) => c.name === "Manila City");
    expect(manila).toBeDefined();
    const barangays = await listBarangays(manila!.code);
    expect(barangays.length).toBe(897);
    // Tondo's districts are not offered as cities of their own.
    expect((await listCities("1300000000")).some((c) => c.name === "Tondo I/II")).toBe(false);
  });

  it("places other independent cities in their province", async () => {
    expect((await listCities(await provinceCode("Lanao del Norte"))).map((c) => c.name)).toContain("Iligan City");
    expect((await listCities(await provinceCode("Cebu"))).map((c) => c.name)).toEqual(expect.arrayContaining(["Cebu City", "Lapu-Lapu City", "Mandaue City"]));
    expect((await listCities(await provinceCode("Basilan"))).map((c) => c.name)).toContain("Isabela City");
  });

  it("finds a province and city pair only when the city is in that province", async () => {
    expect(await findPlace(MISAMIS_ORIENTAL, CDO)).toEqual({
      province: { code: MISAMIS_ORIENTAL, name: "Misamis Oriental" },
      city: { code: CDO, name: "Cagayan de Oro City" },
    });
    expect(await findPlace(await provinceCode("Bukidnon"), CDO)).toBeNull();
    expect(await findPlace("nonsense", CDO)).toBeNull();
  });

  it("answers unknown codes with empty lists", async () => {
    expect(await listCities("0000000000")).toEqual([]);
    expect(await listBarangays("0000000000")).toEqual([]);
  });
});
