import type { CustomerStatus } from "@/db/schema/subscribers";
import type { CustomerInput } from "@/lib/validations/subscribers";
import { CDO_BARANGAYS } from "./data/cdo-barangays";
import { CUSTOMER_NOTES, DOWNTOWN_STREETS, MOBILE_PREFIXES, PUROK_NAMES, SECOND_LINE_LABELS } from "./data/contact";
import { FIRST_NAMES, weightedSurnames } from "./data/names";
import { BARANGAY_WEIGHT, CLOSED, MOVED, ON_HOLD, PLAN_WEIGHTS, UNPAID, UPGRADE } from "./data/demo-mix";
import { LEGACY_PLAN, SEED_PLANS } from "./data/plans";
import { seededRandom, type Random } from "./random";
import { addDays, daysBetween, historyStart } from "./dates";

/**
 * The demo ISP's history as a list of steps in date order: customers joining,
 * subscriptions added and activated, plan changes, suspensions, disconnections.
 * Pure and deterministic (seeded PRNG): given the same `asOf` day, every fresh
 * database gets the same people, numbers and events. demo-subscribers.ts
 * replays the steps through the domain functions, one transaction each, so
 * the audit log and the histories read in the order things happened.
 */
export type Actor = "owner" | "support";

export type DemoCustomer = Omit<CustomerInput, "barangayId"> & { barangayCode: string };

export type DemoStep = { date: string; by: Actor } & (
  | { kind: "customer"; customerKey: number; customer: DemoCustomer }
  | { kind: "subscribe"; customerKey: number; subKey: number; plan: string; startDate: string; label: string; billedElsewhereUntil?: string }
  | { kind: "activate"; subKey: number }
  | { kind: "change_plan"; subKey: number; plan: string }
  | { kind: "suspend" | "resume" | "cancel"; subKey: number; reason: string; cause?: "nonpayment" | "request" }
  | { kind: "customer_status"; customerKey: number; status: CustomerStatus; reason: string }
  | { kind: "opening_balance"; customerKey: number; amount: number; reason: string }
  | { kind: "archive_plan"; plan: string }
);

export const DEMO_CUSTOMER_COUNT = 300;
const SEED = 20_260_505;
/** Customers joined over the last two years. */
const HISTORY_DAYS = 730;
/** The legacy plan was sold until this many days before `asOf`, then archived. */
const LEGACY_CUTOFF_DAYS = 400;
/** What the ISP's previous system left unpaid, carried into FiberBill on the first day of its billing. */
export const OPENING_BALANCE_REASON = "Unpaid balance brought over from the previous billing system";

const BUSINESS_PLAN = "Business 300";

/**
 * A made-up TIN for a demo business customer, from its key: no draw from the
 * PRNG, so every other detail of the demo stays as it was. A company's comes
 * with its branch code (head office, 00000), a store owner's without.
 */
function demoTin(customerKey: number, company: boolean): string {
  const digits = `${String(400 + (customerKey % 500)).padStart(3, "0")}${String((customerKey * 7919) % 1_000_000).padStart(6, "0")}`;
  return company ? `${digits}00000` : digits;
}

function weighted<T>(rng: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [value, w] of entries) {
    if ((r -= w) < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

/** More customers joined recently than long ago: an ISP that grows. */
function joinedDaysAgo(rng: Random, min: number, max: number): number {
  return min + Math.floor((max - min) * (1 - Math.sqrt(rng.next())));
}

function emailOf(rng: Random, first: string, last: string): string {
  const plain = (s: string) => s.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
  // Reserved example domains: a demo must never mail a real inbox.
  return `${plain(first)}.${plain(last)}${rng.int(1, 99)}@${rng.pick(["example.com", "example.net", "example.org"])}`;
}

function addressOf(rng: Random, barangay: string): string {
  if (barangay.startsWith("Barangay ")) return `${rng.int(1, 250)} ${rng.pick(DOWNTOWN_STREETS)}`;
  const r = rng.next();
  if (r < 0.6) return `Purok ${rng.int(1, 9)}, Zone ${rng.int(1, 6)}`;
  if (r < 0.85) return `Purok ${rng.pick(PUROK_NAMES)}`;
  return `Blk ${rng.int(1, 20)} Lot ${rng.int(1, 40)}, Phase ${rng.int(1, 3)}`;
}

function customerOf(rng: Random, surnames: readonly string[], barangays: readonly (readonly [string, number])[]): DemoCustomer {
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(surnames);
  const barangayCode = weighted(rng, barangays);
  const barangayName = CDO_BARANGAYS.find(([code]) => code === barangayCode)![1];
  const located = rng.chance(0.35);
  return {
    firstName,
    lastName,
    mobile: `+63${rng.pick(MOBILE_PREFIXES)}${String(rng.int(0, 9_999_999)).padStart(7, "0")}`,
    email: rng.chance(0.35) ? emailOf(rng, firstName, lastName) : undefined,
    addressLine: addressOf(rng, barangayName),
    barangayCode,
    latitude: located ? Math.round((8.4 + rng.next() * 0.12) * 1e6) / 1e6 : undefined,
    longitude: located ? Math.round((124.57 + rng.next() * 0.15) * 1e6) / 1e6 : undefined,
    notes: rng.chance(0.1) ? rng.pick(CUSTOMER_NOTES) : "",
  };
}

type Profile = "active" | "pending" | "suspended" | "disconnected" | "terminated";

function profileOf(rng: Random): Profile {
  return weighted(rng, [["active", 80], ["pending", 6], ["suspended", 7], ["disconnected", 5], ["terminated", 2]]);
}

/**
 * How a suspended, disconnected or terminated customer got there, first step
 * first. Every date lies at least 30 days after activation and on or before
 * `asOf`. Nobody is suspended here for not paying: FiberBill's billing starts
 * at `billingFrom` (the daily job suspends those who do not pay from then on),
 * and a suspension for non-payment with nothing owed would be a fiction. A
 * customer disconnected for non-payment before that day still owes what the
 * previous system billed: an opening balance, carried over on `billingFrom`.
 */
function endingOf(
  rng: Random,
  profile: Exclude<Profile, "active" | "pending">,
  ctx: { activated: string; asOf: string; billingFrom: string; monthlyFee: number },
  customerKey: number,
  subKey: number,
  staff: () => Actor,
): DemoStep[] {
  const { activated, asOf, billingFrom, monthlyFee } = ctx;
  const room = daysBetween(activated, asOf) - 30;
  if (profile === "suspended") {
    // A hold the customer asked for: working abroad, a house under renovation.
    const on = addDays(asOf, -rng.int(1, Math.min(60, room)));
    const reason = rng.pick(ON_HOLD);
    return [
      { kind: "customer_status", date: on, by: staff(), customerKey, status: "suspended", reason },
      { kind: "suspend", date: on, by: staff(), subKey, reason, cause: "request" },
    ];
  }
  const roomBeforeBilling = daysBetween(activated, billingFrom) - 30;
  if (profile === "disconnected" && roomBeforeBilling >= 75 && rng.chance(0.5)) {
    const on = addDays(billingFrom, -rng.int(75, Math.min(150, roomBeforeBilling)));
    const off = addDays(on, rng.int(30, 45));
    const reason = rng.pick(UNPAID);
    const months = reason.includes("3 months") ? 3 : 2;
    return [
      { kind: "customer_status", date: on, by: staff(), customerKey, status: "suspended", reason },
      { kind: "suspend", date: on, by: staff(), subKey, reason, cause: "nonpayment" },
      { kind: "customer_status", date: off, by: "owner", customerKey, status: "disconnected", reason: "Unpaid for 90 days: disconnected, ONU retrieved" },
      { kind: "cancel", date: off, by: "owner", subKey, reason: "Disconnected for non-payment" },
      { kind: "opening_balance", date: billingFrom, by: "owner", customerKey, amount: months * monthlyFee, reason: OPENING_BALANCE_REASON },
    ];
  }
  const off = addDays(asOf, -rng.int(1, Math.min(300, room)));
  const reason = rng.pick(profile === "terminated" ? CLOSED : MOVED);
  return [
    { kind: "customer_status", date: off, by: staff(), customerKey, status: profile, reason },
    { kind: "cancel", date: off, by: staff(), subKey, reason },
  ];
}

/** The steps of the demo history up to `asOf` (YYYY-MM-DD, the tenant's today), in the order to replay them. */
export function demoHistory(asOf: string, count = DEMO_CUSTOMER_COUNT): DemoStep[] {
  const rng = seededRandom(SEED);
  const surnames = weightedSurnames();
  const barangays = CDO_BARANGAYS.map(([code, name]) => [code, BARANGAY_WEIGHT[name] ?? 1] as const);
  const legacyCutoff = addDays(asOf, -LEGACY_CUTOFF_DAYS);
  const billingFrom = historyStart(asOf);
  const feeOf = (name: string) => DEMO_PLANS.find((p) => p.name === name)!.monthlyFee;
  const steps: { step: DemoStep; seq: number }[] = [];
  const push = (step: DemoStep) => steps.push({ step, seq: steps.length });
  const staff = (): Actor => (rng.chance(0.6) ? "support" : "owner");
  // A line running before FiberBill's billing began was billed by the previous system until the day before.
  const billedElsewhere = (startDate: string) => (startDate < billingFrom ? { billedElsewhereUntil: addDays(billingFrom, -1) } : {});
  let subKey = 0;

  for (let customerKey = 0; customerKey < count; customerKey++) {
    const profile = profileOf(rng);
    const minAgo = { active: 15, pending: 0, suspended: 90, disconnected: 120, terminated: 200 }[profile];
    const joined = addDays(asOf, -joinedDaysAgo(rng, minAgo, profile === "pending" ? 10 : HISTORY_DAYS));
    const customer = customerOf(rng, surnames, barangays);
    push({ kind: "customer", date: joined, by: staff(), customerKey, customer });

    const plan = joined < legacyCutoff && rng.chance(0.4) ? LEGACY_PLAN.name : weighted(rng, PLAN_WEIGHTS);
    // Business buyers give their TIN for their invoices: the business plan's subscribers and the sari-sari store owners.
    if (plan === BUSINESS_PLAN || customer.notes.startsWith("Sari-sari")) customer.tin = demoTin(customerKey, plan === BUSINESS_PLAN);
    const startDate = addDays(joined, rng.int(2, 7));
    const main = subKey++;
    push({ kind: "subscribe", date: joined, by: staff(), customerKey, subKey: main, plan, startDate, label: "", ...billedElsewhere(startDate) });
    if (profile === "pending") continue;
    const activated = startDate;
    push({ kind: "activate", date: activated, by: "owner", subKey: main });
    const lastDay = (from: string, margin: number) => Math.max(0, daysBetween(from, asOf) - margin);
    const ending = profile === "active" ? [] : endingOf(rng, profile, { activated, asOf, billingFrom, monthlyFee: feeOf(plan) }, customerKey, main, staff);
    const end = ending[0]?.date ?? asOf;

    // Older subscribers on the legacy plan were moved to the new price list; some others upgraded.
    const upgradeOn =
      plan === LEGACY_PLAN.name
        ? rng.chance(0.5) ? addDays(legacyCutoff, rng.int(10, 200)) : null
        : UPGRADE[plan] && rng.chance(0.1) && daysBetween(activated, end) > 90
          ? addDays(activated, rng.int(60, daysBetween(activated, end) - 20))
          : null;
    if (upgradeOn && upgradeOn < end) push({ kind: "change_plan", date: upgradeOn, by: staff(), subKey: main, plan: UPGRADE[plan]! });
    for (const step of ending) push(step);

    if (profile === "active" && rng.chance(0.06) && daysBetween(activated, asOf) > 60) {
      const label = rng.pick(SECOND_LINE_LABELS);
      const since = addDays(activated, rng.int(30, lastDay(activated, 20)));
      const second = subKey++;
      const secondPlan = rng.pick(["Fiber 30", "Fiber 50", "Business 300"]);
      push({ kind: "subscribe", date: since, by: staff(), customerKey, subKey: second, plan: secondPlan, startDate: addDays(since, 2), label, ...billedElsewhere(addDays(since, 2)) });
      push({ kind: "activate", date: addDays(since, 2), by: "owner", subKey: second });
      if (rng.chance(0.35) && daysBetween(since, asOf) > 40) {
        push({ kind: "cancel", date: addDays(since, rng.int(30, lastDay(since, 5))), by: staff(), subKey: second, reason: `${label} closed` });
      }
    }
    if (profile === "active" && rng.chance(0.05) && daysBetween(activated, billingFrom) > 60) {
      // Suspended for non-payment once, then paid and resumed: before FiberBill's billing began, whose records show no such debt.
      const on = addDays(activated, rng.int(30, daysBetween(activated, billingFrom) - 20));
      const back = addDays(on, rng.int(2, 9));
      const reason = rng.pick(UNPAID);
      push({ kind: "customer_status", date: on, by: staff(), customerKey, status: "suspended", reason });
      push({ kind: "suspend", date: on, by: staff(), subKey: main, reason, cause: "nonpayment" });
      push({ kind: "customer_status", date: back, by: staff(), customerKey, status: "active", reason: "Paid in full at the counter" });
      push({ kind: "resume", date: back, by: staff(), subKey: main, reason: "" });
    }
  }
  push({ kind: "archive_plan", date: addDays(legacyCutoff, 1), by: "owner", plan: LEGACY_PLAN.name });

  // Same-day steps keep the order they were generated in (a customer before their subscription).
  steps.sort((a, b) => (a.step.date < b.step.date ? -1 : a.step.date > b.step.date ? 1 : a.seq - b.seq));
  return steps.map((s) => s.step);
}

/** Plans the demo creates, the legacy one included (archived by a step). */
export const DEMO_PLANS = [LEGACY_PLAN, ...SEED_PLANS];
