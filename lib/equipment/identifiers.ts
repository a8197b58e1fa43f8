/** A serial number as printed on a label, in the one form FiberBill keeps (upper case, no spaces). */
export function normalizeSerial(raw: string): string | null {
  const s = raw.trim().toUpperCase().replace(/\s+/g, "");
  return /^[A-Z0-9][A-Z0-9._/-]{2,39}$/.test(s) ? s : null;
}

/** A MAC address in any usual writing (aa-bb-cc..., aabb.ccdd.eeff, AABBCCDDEEFF) as AA:BB:CC:DD:EE:FF. */
export function normalizeMac(raw: string): string | null {
  const hex = raw.trim().replace(/[\s:.-]/g, "").toUpperCase();
  if (!/^[0-9A-F]{12}$/.test(hex)) return null;
  return hex.match(/.{2}/g)!.join(":");
}

export const SERIAL_HINT = "A serial number has 3 to 40 letters, digits, dots, dashes or slashes.";
export const MAC_HINT = "Enter the MAC as six pairs of hex digits, like 9C:A2:F4:1B:22:0E.";
