import { addDays, daysBetween, maxDate, minDate, type IsoDate } from "./dates";
import { periodContaining, periodDays, type BillingCycle, type Period } from "./periods";
import { prorate } from "./rounding";
import { formatCalendarDate } from "@/lib/time/format";
import { applyTax, type TaxedTotal, type TaxMode } from "./tax";

/**
 * What to invoice one subscription on a run date. Pure: the billing run
 * gathers these inputs for all subscriptions at once and writes the results
 * set-based.
 *
 * The rules (documented for users in Settings > Billing):
 * - Service is billed in advance, one period per invoice; the invoice date is
 *   the run date, due `dueDays` later. A period is due once the run date
 *   reaches its start minus `issueLeadDays`.
 * - The first period starts on the activation day; on a fixed cycle it is
 *   prorated by days to the next cycle day; on an anniversary cycle it is a
 *   full period. The installation fee goes on the first invoice.
 * - A plan change on day X of a billed span: credit = old fee × days from X
 *   to the span's end ÷ days in the period, charge = new fee × the same,
 *   each rounded half-up, on the next invoice.
 * - Suspended days are not billed (unless the tenant bills them as usual): a
 *   subscription suspended when its next period comes is not invoiced; on
 *   resumption it is billed from the resumption day; suspended days inside a
 *   span already billed are credited on the next invoice.
 * - Nothing is billed on or after the cancellation date.
 * - A subscriber brought over from another billing system carries the last
 *   day that system billed ("billed elsewhere until"): billing starts the day
 *   after (prorated like a first period), without the installation fee.
 *   Without it, a subscription is billed from its activation, however late
 *   the activation was entered: a run catches up the periods already over
 *   (the run preview lists them as back-billed).
 */

export type PlanPrice = { name: string; monthlyFee: number };

export type SubscriptionFacts = {
  activatedOn: IsoDate;
  cancelledOn: IsoDate | null;
  /** The plan in effect from each date on, ordered; the first starts on or before activation. */
  plans: { from: IsoDate; plan: PlanPrice }[];
  /** Suspended intervals [from, to); `to` null while still suspended. */
  suspensions: { from: IsoDate; to: IsoDate | null }[];
  installationFee: number;
  /** The last day a previous billing system invoiced; null: billed here from activation, with the installation fee. */
  billedElsewhereUntil: IsoDate | null;
};

export type BillingRules = {
  cycle: { kind: "fixed" | "anniversary"; day: number };
  issueLeadDays: number;
  dueDays: number;
  billSuspended: boolean;
  taxMode: TaxMode;
};

/** The service span charged on this subscription's latest invoice, null before the first. */
export type LastCharged = { start: IsoDate; end: IsoDate; period: Period } | null;

export type LineKind =
  | "service"
  | "installation"
  | "plan_change_credit"
  | "plan_change_charge"
  | "suspension_credit"
  | "adjustment"
  | "late_fee"
  | "reconnection_fee";
export type DraftLine = { kind: LineKind; description: string; amount: number; periodStart?: IsoDate; periodEnd?: IsoDate };

export type DraftInvoice = {
  period: Period;
  /** The days this invoice charges service for (a prorated first or resumed period is shorter). */
  charged: { start: IsoDate; end: IsoDate };
  issueDate: IsoDate;
  dueDate: IsoDate;
  lines: DraftLine[];
  totals: TaxedTotal;
  /** Credits beyond this invoice's charges: kept on the customer's account, never a negative invoice. */
  creditCarried: number;
};

/** How far a run looks ahead for a period with billable days (a long suspension skips periods). */
const MAX_PERIODS_AHEAD = 36;

export function cycleFor(rules: BillingRules, activatedOn: IsoDate): BillingCycle {
  return rules.cycle.kind === "fixed"
    ? { kind: "fixed", day: rules.cycle.day }
    : { kind: "anniversary", day: Number(activatedOn.slice(8, 10)) };
}

export function planOn(facts: SubscriptionFacts, date: IsoDate): PlanPrice {
  let current = facts.plans[0];
  for (const p of facts.plans) if (p.from <= date) current = p;
  if (!current) throw new Error("a subscription needs a plan");
  return current.plan;
}

function suspendedOn(facts: SubscriptionFacts, date: IsoDate): boolean {
  return facts.suspensions.some((s) => s.from <= date && (s.to === null || date < s.to));
}

/** The first day billed here: the activation, or the day after another system's billing ended. */
export function firstBillableDay(facts: Pick<SubscriptionFacts, "activatedOn" | "billedElsewhereUntil">): IsoDate {
  return facts.billedElsewhereUntil ? maxDate(facts.activatedOn, addDays(facts.billedElsewhereUntil, 1)) : facts.activatedOn;
}

/** Where service would start being charged in a period: not before the first billable day, and past a suspension running at its start. */
function chargeStart(facts: SubscriptionFacts, period: Period, rules: BillingRules): IsoDate | null {
  let start = maxDate(period.start, firstBillableDay(facts));
  if (!rules.billSuspended) {
    for (let guard = 0; guard < facts.suspensions.length + 1 && suspendedOn(facts, start); guard++) {
      const s = facts.suspensions.find((x) => x.from <= start && (x.to === null || start < x.to))!;
      if (s.to === null) return null;
      start = s.to;
    }
  }
  const end = facts.cancelledOn ? minDate(period.end, facts.cancelledOn) : period.end;
  return start < end ? start : null;
}

/** Days of [from, to) on which the subscription was suspended, grouped by the plan in effect. */
function suspendedDaysByPlan(facts: SubscriptionFacts, from: IsoDate, to: IsoDate): Map<PlanPrice, number> {
  const out = new Map<PlanPrice, number>();
  for (let d = from; d < to; d = addDays(d, 1)) {
    if (suspendedOn(facts, d)) {
      const plan = planOn(facts, d);
      out.set(plan, (out.get(plan) ?? 0) + 1);
    }
  }
  return out;
}

/** Credits and charges owed for the span billed last time, now that its plan changes and suspensions are known. */
function corrections(facts: SubscriptionFacts, last: NonNullable<LastCharged>, rules: BillingRules): DraftLine[] {
  const lines: DraftLine[] = [];
  const days = periodDays(last.period);
  for (const change of facts.plans) {
    if (change.from <= last.start || change.from >= last.end) continue;
    const remaining = daysBetween(change.from, last.end);
    const old = planOn(facts, addDays(change.from, -1));
    if (old === change.plan) continue;
    lines.push({
      kind: "plan_change_credit",
      description: `Credit: ${old.name}, ${remaining} of ${days} days from ${formatCalendarDate(change.from)}`,
      amount: -prorate(old.monthlyFee, remaining, days),
      periodStart: change.from,
      periodEnd: last.end,
    });
    lines.push({
      kind: "plan_change_charge",
      description: `${change.plan.name}, ${remaining} of ${days} days from ${formatCalendarDate(change.from)}`,
      amount: prorate(change.plan.monthlyFee, remaining, days),
      periodStart: change.from,
      periodEnd: last.end,
    });
  }
  if (!rules.billSuspended) {
    const spanEnd = facts.cancelledOn ? minDate(last.end, facts.cancelledOn) : last.end;
    for (const [plan, n] of suspendedDaysByPlan(facts, last.start, spanEnd)) {
      lines.push({
        kind: "suspension_credit",
        description: `Credit: ${n} suspended day${n === 1 ? "" : "s"} (${plan.name})`,
        amount: -prorate(plan.monthlyFee, n, days),
        periodStart: last.start,
        periodEnd: spanEnd,
      });
    }
  }
  return lines;
}

/**
 * What a subscription still owes or is owed when it is cancelled inside a
 * span already invoiced: the pending plan-change and suspension corrections,
 * and a credit for the unused days from the cancellation to the span's end
 * (suspended days already credited are not credited twice). No further
 * invoice comes for it, so these become adjustments on the customer's account.
 */
export function closingLines(facts: SubscriptionFacts, rules: BillingRules, last: LastCharged): DraftLine[] {
  if (!last || !facts.cancelledOn) return [];
  const lines = corrections(facts, last, rules);
  const from = maxDate(facts.cancelledOn, last.start);
  if (from >= last.end) return lines;
  const days = periodDays(last.period);
  const unused = new Map<PlanPrice, number>();
  for (let d = from; d < last.end; d = addDays(d, 1)) {
    if (!rules.billSuspended && suspendedOn(facts, d)) continue;
    const plan = planOn(facts, d);
    unused.set(plan, (unused.get(plan) ?? 0) + 1);
  }
  for (const [plan, n] of unused) {
    lines.push({
      kind: "service",
      description: `Credit: ${plan.name}, ${n} unused day${n === 1 ? "" : "s"} after cancellation on ${formatCalendarDate(facts.cancelledOn)}`,
      amount: -prorate(plan.monthlyFee, n, days),
      periodStart: from,
      periodEnd: last.end,
    });
  }
  return lines;
}

/** A charge or credit waiting on the customer's account for the next invoice. */
export type PendingAdjustment = { id: string; kind: "charge" | "credit"; category: string; amount: number; reason: string };

const ADJUSTMENT_LINE_KIND: Record<string, LineKind> = { late_fee: "late_fee", reconnection_fee: "reconnection_fee" };

/**
 * Puts the customer's pending charges and credits on an invoice as lines and
 * recomputes its totals. Credits beyond the invoice's charges are carried
 * forward again, never a negative invoice.
 */
export function withAdjustments(draft: DraftInvoice, pending: readonly PendingAdjustment[], taxMode: TaxMode): DraftInvoice {
  if (pending.length === 0) return draft;
  const lines = [
    ...draft.lines,
    ...pending.map(
      (a): DraftLine => ({
        kind: ADJUSTMENT_LINE_KIND[a.category] ?? "adjustment",
        description: a.kind === "credit" && !a.reason.startsWith("Credit") ? `Credit: ${a.reason}` : a.reason,
        amount: a.kind === "charge" ? a.amount : -a.amount,
      }),
    ),
  ];
  const subtotal = lines.reduce((sum, l) => sum + l.amount, 0);
  return { ...draft, lines, totals: applyTax(Math.max(0, subtotal), taxMode), creditCarried: Math.max(0, -subtotal) };
}

/**
 * The invoice a run on `runDate` owes for one subscription, or null when
 * nothing is due yet (or ever again).
 */
export function composeInvoice(facts: SubscriptionFacts, rules: BillingRules, last: LastCharged, runDate: IsoDate): DraftInvoice | null {
  const cycle = cycleFor(rules, facts.activatedOn);
  let period = last ? periodContaining(last.period.end, cycle) : periodContaining(firstBillableDay(facts), cycle);
  let start: IsoDate | null = null;
  for (let i = 0; i < MAX_PERIODS_AHEAD; i++) {
    if (facts.cancelledOn && period.start >= facts.cancelledOn) return null;
    if (addDays(period.start, -rules.issueLeadDays) > runDate) return null;
    start = chargeStart(facts, period, rules);
    if (start) break;
    // Nothing billable in this period (suspended throughout): is the suspension still running?
    if (facts.suspensions.some((s) => s.to === null && s.from <= period.end)) return null;
    period = periodContaining(period.end, cycle);
  }
  if (!start) return null;
  // Service charged in advance from `start`, as long as the run has reached the days it bills.
  if (addDays(start, -rules.issueLeadDays) > runDate) return null;
  const end = facts.cancelledOn ? minDate(period.end, facts.cancelledOn) : period.end;
  const days = periodDays(period);
  const covered = daysBetween(start, end);
  const plan = planOn(facts, start);
  const lines: DraftLine[] = [];
  if (last) lines.push(...corrections(facts, last, rules));
  lines.unshift({
    kind: "service",
    description:
      covered === days
        ? `${plan.name}, ${formatCalendarDate(period.start)} to ${formatCalendarDate(addDays(period.end, -1))}`
        : `${plan.name}, ${formatCalendarDate(start)} to ${formatCalendarDate(addDays(end, -1))} (${covered} of ${days} days)`,
    amount: prorate(plan.monthlyFee, covered, days),
    periodStart: start,
    periodEnd: end,
  });
  if (!last && !facts.billedElsewhereUntil && facts.installationFee > 0) {
    lines.push({ kind: "installation", description: "Installation fee", amount: facts.installationFee });
  }
  const subtotal = lines.reduce((sum, l) => sum + l.amount, 0);
  return {
    period,
    charged: { start, end },
    issueDate: runDate,
    dueDate: addDays(runDate, rules.dueDays),
    lines,
    totals: applyTax(Math.max(0, subtotal), rules.taxMode),
    creditCarried: Math.max(0, -subtotal),
  };
}
