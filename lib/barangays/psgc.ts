import "server-only";

/**
 * The Philippine Standard Geographic Code, as shipped by @aivangogh/ph-address
 * (its version is YYYY.Q.patch of the PSA release it carries). The package is
 * ~0.8 MB of compressed data: it is imported lazily, on the server only
 * ("server-only" above fails any client bundle that reaches this file).
 *
 * PSGC codes independent cities (HUCs such as Cagayan de Oro, and Isabela City)
 * outside any province; an ISP thinks of them as part of the province around
 * them, so listCities() places them there. Manila's barangays are coded under
 * its districts (Tondo, Sampaloc, ...); listBarangays() gathers them under the city.
 */

/** The PSA release the installed package carries; psgc.test.ts fails when the package is upgraded without updating it. */
export const PSGC_RELEASE = { label: "PSGC 2025 Q4", packageName: "@aivangogh/ph-address", packageVersion: "2025.4.4" } as const;

export type PsgcPlace = { code: string; name: string };

const METRO_MANILA = "1300000000";
const SPECIAL_GEOGRAPHIC_AREA = "1999900000";

/** Independent cities (and the one pseudo-province, Isabela City) -> the province they lie in, by name. */
const SURROUNDING_PROVINCE: Record<string, string> = {
  "0330100000": "Pampanga", // Angeles City
  "1830200000": "Negros Occidental", // Bacolod City
  "1430300000": "Benguet", // Baguio City
  "1630400000": "Agusan del Norte", // Butuan City
  "1030500000": "Misamis Oriental", // Cagayan de Oro City
  "0730600000": "Cebu", // Cebu City
  "1130700000": "Davao del Sur", // Davao City
  "1230800000": "South Cotabato", // General Santos City
  "1030900000": "Lanao del Norte", // Iligan City
  "0631000000": "Iloilo", // Iloilo City
  "0731100000": "Cebu", // Lapu-Lapu City
  "0431200000": "Quezon", // Lucena City
  "0731300000": "Cebu", // Mandaue City
  "0331400000": "Zambales", // Olongapo City
  "1731500000": "Palawan", // Puerto Princesa City
  "0831600000": "Leyte", // Tacloban City
  "0931700000": "Zamboanga del Sur", // Zamboanga City
  "0990100000": "Basilan", // City of Isabela (not a province)
};

/** Pseudo-provinces PSGC has that are not in its province list. */
const EXTRA_PROVINCES: PsgcPlace[] = [
  { code: METRO_MANILA, name: "Metro Manila" },
  { code: SPECIAL_GEOGRAPHIC_AREA, name: "Special Geographic Area (BARMM)" },
];

type Municipality = { name: string; psgcCode: string; provinceCode: string };
type Data = {
  provinces: PsgcPlace[];
  /** Province code -> its cities and municipalities (independent cities included). */
  cities: Map<string, PsgcPlace[]>;
  /** City code -> municipality codes whose barangays belong to it (itself, and Manila's districts). */
  barangaySources: Map<string, string[]>;
  getBarangays: (municipalityCode: string) => readonly { name: string; psgcCode: string }[];
};

let loaded: Promise<Data> | null = null;

function load(): Promise<Data> {
  loaded ??= import("@aivangogh/ph-address")
    .then((m) => index(m))
    .catch((error: unknown) => {
      // Let the next call try again rather than keep a failure for the life of the server.
      loaded = null;
      throw error;
    });
  return loaded;
}

function index(m: typeof import("@aivangogh/ph-address")): Data {
  const provinces: PsgcPlace[] = [...m.getAllProvinces().map((p) => ({ code: p.psgcCode, name: p.name })), ...EXTRA_PROVINCES].sort(byName);
  const codeOfProvince = new Map(provinces.map((p) => [p.name, p.code]));
  const cities = new Map<string, PsgcPlace[]>();
  const barangaySources = new Map<string, string[]>();
  const add = (provinceCode: string, city: Municipality) => {
    cities.set(provinceCode, [...(cities.get(provinceCode) ?? []), { code: city.psgcCode, name: cityName(city.name) }]);
    barangaySources.set(city.psgcCode, [city.psgcCode]);
  };
  for (const province of provinces) {
    for (const city of m.getMunicipalitiesByProvince(province.code)) add(province.code, city);
  }
  for (const [independentCode, provinceName] of Object.entries(SURROUNDING_PROVINCE)) {
    const provinceCode = codeOfProvince.get(provinceName);
    if (!provinceCode) throw new Error(`PSGC data has no province named ${provinceName}`);
    for (const city of m.getMunicipalitiesByProvince(independentCode)) add(provinceCode, city);
  }
  // Manila's districts are coded like municipalities of the city: their barangays are the city's.
  for (const city of cities.get(METRO_MANILA) ?? []) {
    const districts = m.getMunicipalitiesByProvince(city.code).filter((d) => d.psgcCode !== city.code);
    if (districts.length > 0) barangaySources.set(city.code, [city.code, ...districts.map((d) => d.psgcCode)]);
  }
  for (const list of cities.values()) list.sort(byName);
  return { provinces, cities, barangaySources, getBarangays: m.getBarangaysByMunicipality };
}

/** Official names capitalise "De"/"Del" inside place names ("Cagayan De Oro City"); PSA's own usage and people write them lower case. */
function cityName(name: string): string {
  return name.replace(/ (De|Del) /g, (_, w: string) => ` ${w.toLowerCase()} `);
}

function byName(a: PsgcPlace, b: PsgcPlace): number {
  return a.name.localeCompare(b.name, "en", { numeric: true });
}

/** Provinces (with Metro Manila), sorted by name. */
export async function listProvinces(): Promise<PsgcPlace[]> {
  return [...(await load()).provinces];
}

/** Cities and municipalities of a province, including independent cities inside it; [] for an unknown code. */
export async function listCities(provinceCode: string): Promise<PsgcPlace[]> {
  return [...((await load()).cities.get(provinceCode) ?? [])];
}

/** Barangays of a city or municipality, sorted by name (Barangay 2 before Barangay 10); [] for an unknown code. */
export async function listBarangays(cityCode: string): Promise<PsgcPlace[]> {
  const data = await load();
  const sources = data.barangaySources.get(cityCode) ?? [];
  return sources
    .flatMap((code) => data.getBarangays(code))
    .map((b) => ({ code: b.psgcCode, name: b.name }))
    .sort(byName);
}

/** A province and one of its cities by code, or null when the pair does not exist. */
export async function findPlace(provinceCode: string, cityCode: string): Promise<{ province: PsgcPlace; city: PsgcPlace } | null> {
  const data = await load();
  const province = data.provinces.find((p) => p.code === provinceCode);
  const city = data.cities.get(provinceCode)?.find((c) => c.code === cityCode);
  return province && city ? { province, city } : null;
}
