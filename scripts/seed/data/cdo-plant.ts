/**
 * The demo ISP's fiber plant in Cagayan de Oro: its OLT at the office on
 * Limketkai Drive, one LCP cabinet in each of eight busy barangays, and NAP
 * boxes strung along streets of the barangays where it has subscribers.
 * Coordinates are WGS 84 near each street as it runs (a start point and a
 * heading; boxes every ~150 m along it), good for a map at street level, not
 * for a survey.
 */
export const DEMO_OLT = {
  name: "CDO Main OLT",
  vendor: "ZTE",
  model: "C320",
  site: "Demo Fiber NOC, 2F Limketkai Drive, Lapasan",
  latitude: 8.48195,
  longitude: 124.65312,
  managementAddress: "10.10.0.2 (NOC VLAN 10)",
  notes: "Two GTGH cards; uplink to the upstream provider on the XGE port.",
} as const;

/** Slot/port labels and launch powers (dBm) of the four PON ports in use. */
export const DEMO_PON_PORTS = [
  { label: "0/1/1", txPowerDbm: 3.2 },
  { label: "0/1/2", txPowerDbm: 2.8 },
  { label: "0/1/3", txPowerDbm: 3.5 },
  { label: "0/1/4", txPowerDbm: 4.0 },
] as const;

/** [code, barangay, street, latitude, longitude, PON port index]. */
export const DEMO_LCPS: readonly (readonly [string, string, string, number, number, number])[] = [
  ["LCP-01", "Carmen", "Vamenta Blvd cor. Max Suniel St", 8.47902, 124.63355, 0],
  ["LCP-02", "Kauswagan", "Kauswagan Rd near the barangay hall", 8.49268, 124.63158, 0],
  ["LCP-03", "Bulua", "Bulua National Highway near the terminal", 8.49803, 124.61702, 1],
  ["LCP-04", "Balulang", "Balulang Rd cor. Zone 3", 8.45985, 124.62891, 1],
  ["LCP-05", "Nazareth", "Capistrano St cor. 22nd St", 8.46871, 124.64431, 2],
  ["LCP-06", "Macasandig", "Macasandig Rd near Xavier Heights", 8.46198, 124.65292, 2],
  ["LCP-07", "Lapasan", "C.M. Recto Ave cor. Limketkai Drive", 8.48152, 124.65571, 3],
  ["LCP-08", "Camaman-an", "Camaman-an Rd near the chapel", 8.47035, 124.66228, 3],
];

/**
 * Streets with NAPs: [barangay, street, start latitude, start longitude,
 * heading in degrees from north, boxes]. 40 in all; more where the demo has
 * more subscribers (demo-mix.ts), each on the nearest cabinet.
 */
export const DEMO_NAP_STREETS: readonly (readonly [string, string, number, number, number, number])[] = [
  ["Carmen", "Vamenta Blvd", 8.47855, 124.63402, 20, 3],
  ["Carmen", "Max Suniel St", 8.47962, 124.63291, 280, 2],
  ["Lapasan", "C.M. Recto Ave", 8.48101, 124.65622, 75, 2],
  ["Lapasan", "Limketkai Drive", 8.48238, 124.65507, 350, 2],
  ["Bulua", "Bulua National Highway", 8.49775, 124.61758, 250, 2],
  ["Bulua", "Zone 4 Rd", 8.49692, 124.61641, 170, 2],
  ["Kauswagan", "Kauswagan Rd", 8.49201, 124.63222, 200, 3],
  ["Macasandig", "Macasandig Rd", 8.46254, 124.65241, 160, 3],
  ["Balulang", "Balulang Rd", 8.46037, 124.62822, 190, 3],
  ["Camaman-an", "Camaman-an Rd", 8.47081, 124.66175, 120, 3],
  ["Nazareth", "Capistrano St", 8.46922, 124.64395, 180, 3],
  ["Gusa", "Gusa Rd", 8.47602, 124.66701, 30, 2],
  ["Patag", "Patag Rd", 8.47805, 124.62107, 165, 2],
  ["Consolacion", "Tiano Bros St", 8.47488, 124.64146, 95, 2],
  ["Puntod", "Puntod Rd", 8.48992, 124.65088, 45, 2],
  ["Macabalan", "Macabalan Port Rd", 8.49601, 124.65903, 15, 2],
  ["Bayabas", "Bayabas Rd", 8.48763, 124.62654, 220, 2],
];

/** Where the boxes of a street stand: `count` points every `stepM` metres from its start along its heading. */
export function pointsAlong(lat: number, lng: number, headingDeg: number, count: number, stepM = 150): { latitude: number; longitude: number }[] {
  const rad = (headingDeg * Math.PI) / 180;
  const dLat = (stepM * Math.cos(rad)) / 111_320;
  const dLng = (stepM * Math.sin(rad)) / (111_320 * Math.cos((lat * Math.PI) / 180));
  return Array.from({ length: count }, (_, i) => ({ latitude: round6(lat + dLat * i), longitude: round6(lng + dLng * i) }));
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** Metres between two points (haversine); cables follow streets, so callers add a share for bends. */
export function metresBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const r = 6_371_000;
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(b.latitude - a.latitude);
  const dLng = toRad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.latitude)) * Math.cos(toRad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(h));
}
