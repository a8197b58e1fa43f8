/**
 * A whole number with thousands separators ("1,234,567"), written out rather
 * than by Intl so server and browser always agree (see lib/time/format.ts).
 */
export function formatCount(n: number): string {
  const sign = n < 0 ? "-" : "";
  return sign + String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
