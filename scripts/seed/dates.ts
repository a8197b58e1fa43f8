/** Calendar arithmetic on YYYY-MM-DD strings: dates only, so no time zone is involved. */
const DAY_MS = 86_400_000;

function toDays(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y!, m! - 1, d!) / DAY_MS;
}

export function addDays(iso: string, days: number): string {
  return new Date((toDays(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDays(to) - toDays(from);
}

/**
 * The first day of the month before `today`: where the demo's billing history
 * starts (a full billing cycle and this month so far). Earlier months belong
 * to the ISP's previous system: no invoices, only what it brought over.
 */
export function historyStart(today: string): string {
  const [y, m] = today.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 2, 1)).toISOString().slice(0, 10);
}
