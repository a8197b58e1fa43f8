import { describe, expect, it } from "vitest";
import { listBarangays } from "@/lib/barangays/psgc";
import { CDO_BARANGAYS, CDO_PSGC_CODE } from "./cdo-barangays";

describe("Cagayan de Oro's barangays shipped with the demo seed", () => {
  it("are exactly the PSGC package's 80, codes and names", async () => {
    const fromPackage = (await listBarangays(CDO_PSGC_CODE)).map((b) => [b.code, b.name]);
    expect(CDO_BARANGAYS).toHaveLength(80);
    expect([...CDO_BARANGAYS].map(([code, name]) => [code, name]).sort()).toEqual(fromPackage.sort());
  });
});
