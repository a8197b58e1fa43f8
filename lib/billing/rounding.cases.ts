/** Proration: fee × days ÷ period days, half-up at the centavo. */
export const PRORATION_CASES: { name: string; fee: number; days: number; periodDays: number; amount: number }[] = [
  { name: "activated Mar 20 on a day-1 cycle pays 12/31", fee: 129900, days: 12, periodDays: 31, amount: 50284 },
  { name: "a whole period is the whole fee", fee: 129900, days: 31, periodDays: 31, amount: 129900 },
  { name: "no days is nothing", fee: 129900, days: 0, periodDays: 30, amount: 0 },
  { name: "1 day of 28 in February", fee: 99900, days: 1, periodDays: 28, amount: 3568 },
  { name: "1 day of 29 in a leap February", fee: 99900, days: 1, periodDays: 29, amount: 3445 },
  { name: "exactly half a centavo rounds up", fee: 1, days: 1, periodDays: 2, amount: 1 },
  { name: "just under half rounds down", fee: 149, days: 1, periodDays: 300, amount: 0 },
  { name: "half of an odd centavo amount rounds up", fee: 169999, days: 15, periodDays: 30, amount: 85000 },
  { name: "10 days of 30 of ₱1,699", fee: 169900, days: 10, periodDays: 30, amount: 56633 },
];
