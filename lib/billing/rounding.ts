/**
 * Integer division rounded half away from zero ("half-up" on the amount):
 * 0.5 centavo rounds up for charges and, mirrored, for credits. Exact for any
 * numerator within the safe-integer range (BigInt inside).
 */
export function divRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0) {
    throw new RangeError("divRoundHalfUp needs safe integers and a non-zero denominator");
  }
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (2n * an + ad) / (2n * ad);
  return Number(negative ? -q : q);
}

/** fee × days ÷ periodDays, rounded half-up to the centavo. */
export function prorate(centavos: number, days: number, periodDays: number): number {
  if (days < 0 || periodDays <= 0 || days > periodDays) throw new RangeError(`cannot prorate ${days} of ${periodDays} days`);
  return divRoundHalfUp(centavos * days, periodDays);
}
