/**
 * The expected outcome of 60 days (Jan 1 to Mar 1, 2026) of the daily
 * pipeline for four customers on Fiber 50 (₱1,299.00), fixed cycle day 1,
 * due 7 days after issue, 5 grace days, flat late fee ₱100.00, reconnection
 * fee ₱200.00, reminders 3 days before due. The technician does each job the
 * day after it appears (D's disconnection is cancelled before that: D pays first).
 *
 * - A pays on time (the 3rd of each month).
 * - B pays late (the 16th): suspended on the 14th (due 8th + 5 grace + 1),
 *   disconnected on the 15th, reconnected on the 17th; the next invoice
 *   credits 3 suspended days and bills the late and reconnection fees.
 * - C never pays: suspended Jan 14, disconnected Jan 15, never invoiced again.
 * - D pays on Jan 14, after that day's run suspended it but before the
 *   technician went: the disconnection is cancelled and the line resumes the
 *   same day, no reconnection fee; the late fee stays.
 */
export const PAYMENTS: { customer: "A" | "B" | "C" | "D"; on: string; amount: number }[] = [
  { customer: "A", on: "2026-01-03", amount: 129900 },
  { customer: "D", on: "2026-01-14", amount: 129900 },
  { customer: "B", on: "2026-01-16", amount: 129900 },
  { customer: "A", on: "2026-02-03", amount: 129900 },
  { customer: "D", on: "2026-02-03", amount: 139900 },
  { customer: "B", on: "2026-02-16", amount: 147329 },
];

export const EXPECTED_INVOICES: { customer: string; period: string; total: number; lines: string }[] = [
  { customer: "A", period: "2026-01-01", total: 129900, lines: "service:129900" },
  { customer: "A", period: "2026-02-01", total: 129900, lines: "service:129900" },
  { customer: "A", period: "2026-03-01", total: 129900, lines: "service:129900" },
  { customer: "B", period: "2026-01-01", total: 129900, lines: "service:129900" },
  // 3 suspended days of 31 (Jan 14-16) credited: 129900 × 3 ÷ 31 = 12570.97 -> 12571.
  { customer: "B", period: "2026-02-01", total: 147329, lines: "service:129900,suspension_credit:-12571,late_fee:10000,reconnection_fee:20000" },
  // 3 suspended days of 28 (Feb 14-16): 129900 × 3 ÷ 28 = 13917.86 -> 13918.
  { customer: "B", period: "2026-03-01", total: 145982, lines: "service:129900,suspension_credit:-13918,late_fee:10000,reconnection_fee:20000" },
  { customer: "C", period: "2026-01-01", total: 129900, lines: "service:129900" },
  { customer: "D", period: "2026-01-01", total: 129900, lines: "service:129900" },
  { customer: "D", period: "2026-02-01", total: 139900, lines: "service:129900,late_fee:10000" },
  { customer: "D", period: "2026-03-01", total: 129900, lines: "service:129900" },
];

/** Late fees (charged the first day past grace, billed on the next invoice). */
export const EXPECTED_LATE_FEES = [
  { customer: "B", on: "2026-01-14", amount: 10000 },
  { customer: "B", on: "2026-02-14", amount: 10000 },
  { customer: "C", on: "2026-01-14", amount: 10000 },
  { customer: "D", on: "2026-01-14", amount: 10000 },
];

/** Suspensions and resumptions, from the subscriptions' history. */
export const EXPECTED_LINE_EVENTS = [
  { customer: "B", kind: "suspended", on: "2026-01-14" },
  { customer: "B", kind: "resumed", on: "2026-01-17" },
  { customer: "B", kind: "suspended", on: "2026-02-14" },
  { customer: "B", kind: "resumed", on: "2026-02-17" },
  { customer: "C", kind: "suspended", on: "2026-01-14" },
  { customer: "D", kind: "suspended", on: "2026-01-14" },
  { customer: "D", kind: "resumed", on: "2026-01-14" },
];

export const EXPECTED_WORK_ITEMS = [
  { customer: "B", kind: "disconnect", due: "2026-01-14", status: "done" },
  { customer: "B", kind: "disconnect", due: "2026-02-14", status: "done" },
  { customer: "B", kind: "reconnect", due: "2026-01-16", status: "done" },
  { customer: "B", kind: "reconnect", due: "2026-02-16", status: "done" },
  { customer: "C", kind: "disconnect", due: "2026-01-14", status: "done" },
  { customer: "D", kind: "disconnect", due: "2026-01-14", status: "cancelled" },
];

/** Reconnection fees charged (B twice; D paid before the disconnection). */
export const EXPECTED_RECONNECTION_FEES = [
  { customer: "B", on: "2026-01-16", amount: 20000 },
  { customer: "B", on: "2026-02-16", amount: 20000 },
];

/** Messages per template and customer (SMS to customers; the owner's summary by email, one a day). */
export const EXPECTED_MESSAGES: Record<string, Record<string, number>> = {
  invoice_issued: { A: 3, B: 3, C: 1, D: 3 },
  payment_received: { A: 2, B: 2, D: 2 },
  due_reminder: { B: 2, C: 1, D: 1 },
  due_today: { B: 2, C: 1, D: 1 },
  overdue: { B: 2, C: 1, D: 1 },
  late_fee: { B: 2, C: 1, D: 1 },
  suspended: { B: 2, C: 1, D: 1 },
  reconnection: { B: 2 },
  daily_summary: { owner: 60 },
};

export const EXPECTED_CUSTOMER_STATUS = { A: "active", B: "active", C: "disconnected", D: "active" };
