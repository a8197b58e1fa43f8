import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readKml } from "./kml";
import { kmlFromKmz } from "./kmz";
import { readPlantFile } from "./records";

const placemark = (name: string, lng: number, lat: number, description = "") =>
  `<Placemark><name>${name}</name>${description ? `<description><![CDATA[${description}]]></description>` : ""}<Point><coordinates>${lng},${lat},0</coordinates></Point></Placemark>`;

/** A small Google Earth file: an LCP, its NAPs in its folder, a loose NAP, a cable route and an unrelated pin. */
const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Plant</name>
  <Folder><name>LCP-01 Carmen</name>
    ${placemark("LCP-01", 124.6411, 8.4771, "Cabinet<br>Splitter 1:16")}
    ${placemark("NAP-01", 124.6405, 8.4779, "Pole P-12<br/>1:8")}
    ${placemark("NAP-02", 124.6399, 8.4785)}
  </Folder>
  <Folder><name>NAPs</name>
    ${placemark("Box 7", 124.65, 8.48, "fed from LCP-09")}
  </Folder>
  <Placemark><name>Feeder route</name><LineString><coordinates>124.64,8.47,0 124.65,8.48,0</coordinates></LineString></Placemark>
  ${placemark("Office", 124.63, 8.45)}
</Document></kml>`;

describe("KML and KMZ placemarks", () => {
  it("reads LCP and NAP points with their cabinet, splitter and coordinates", () => {
    const read = readKml(KML);
    if (!read.ok) throw new Error(read.problem);
    expect(read.skipped).toBe(2);
    expect(read.records.map((r) => [r.kind, r.cells.code, r.cells.lcp, r.cells.ratio, r.cells.latitude, r.cells.longitude])).toEqual([
      ["lcp", "LCP-01", "", "1:16", "8.4771", "124.6411"],
      ["nap", "NAP-01", "LCP-01", "1:8", "8.4779", "124.6405"],
      ["nap", "NAP-02", "LCP-01", "", "8.4785", "124.6399"],
      ["nap", "Box 7", "LCP-09", "", "8.48", "124.65"],
    ]);
    expect(read.records[1]!.cells.notes).toBe("Pole P-12\n1:8");
  });

  it("unpacks the KML inside a KMZ", () => {
    const kmz = zipSync({ "files/icon.png": new Uint8Array([1, 2, 3]), "doc.kml": strToU8(KML) });
    expect(kmlFromKmz(kmz)).toBe(KML);
    const read = readPlantFile("kml", kmlFromKmz(kmz));
    expect(read.ok && read.file.records.length).toBe(4);
  });

  it("refuses what is not a map", () => {
    expect(() => kmlFromKmz(strToU8("not a zip"))).toThrow(/could not be opened/);
    expect(() => kmlFromKmz(zipSync({ "a.txt": strToU8("x") }))).toThrow(/no KML/);
    expect(readPlantFile("kml", "hello")).toEqual({ ok: false, problem: expect.stringContaining("not a KML") });
    expect(readPlantFile("kml", `<kml><Document>${placemark("Office", 124.6, 8.4)}</Document></kml>`)).toEqual({ ok: false, problem: expect.stringContaining("no LCP or NAP") });
  });
});
