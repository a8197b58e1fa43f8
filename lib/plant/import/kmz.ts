import { strFromU8, unzipSync } from "fflate";

/**
 * The KML inside a KMZ (a zip): Google Earth writes doc.kml at the top; other
 * tools name it differently, so the first .kml at the shallowest level wins.
 * Pure and synchronous (fflate), so the browser unpacks the file before it
 * is sent and the server only ever reads KML text.
 */
export function kmlFromKmz(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => /\.kml$/i.test(f.name) });
  } catch {
    throw new KmzError("This KMZ file could not be opened. Save it again from Google Earth (File › Save › Save Place As…) and retry.");
  }
  const names = Object.keys(files).sort((a, b) => depth(a) - depth(b) || Number(!/(^|\/)doc\.kml$/i.test(a)) - Number(!/(^|\/)doc\.kml$/i.test(b)));
  const first = names[0];
  if (!first) throw new KmzError("This KMZ file holds no KML map.");
  return strFromU8(files[first]!);
}

const depth = (name: string) => name.split("/").length;

export class KmzError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "KmzError";
  }
}
