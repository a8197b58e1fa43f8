/** Where a technician is going: the premises' GPS if recorded, else the address. */
export type Premises = {
  latitude: number | null;
  longitude: number | null;
  addressLine: string;
  barangay: string;
  city: string;
  province?: string;
};

const MAPS_SEARCH = "https://www.google.com/maps/search/?api=1&query=";

/**
 * A link that opens directions in the phone's map app (Google Maps' universal
 * URL: the app on Android and iOS when installed, the website otherwise). GPS
 * points go as "lat,lng"; without them the address, with its barangay and
 * city, which is what a Philippine address is found by.
 */
export function navigationUrl(p: Premises): string {
  if (p.latitude !== null && p.longitude !== null) return `${MAPS_SEARCH}${encodeURIComponent(`${p.latitude},${p.longitude}`)}`;
  const barangay = /^(barangay|brgy\.?)\s/i.test(p.barangay) ? p.barangay : `Barangay ${p.barangay}`;
  const address = [p.addressLine, barangay, p.city, p.province, "Philippines"].map((s) => s?.trim()).filter(Boolean).join(", ");
  return `${MAPS_SEARCH}${encodeURIComponent(address)}`;
}
