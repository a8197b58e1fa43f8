import { describe, expect, it } from "vitest";
import { customerSchema } from "@/lib/validations/subscribers";
import { nextStatus } from "@/lib/subscriptions/transitions";
import type { SubscriptionStatus } from "@/db/schema/subscribers";
import { DEMO_CUSTOMER_COUNT, demoHistory, OPENING_BALANCE_REASON, type DemoStep } from "./demo-history";
import { UNPAID } from "./data/demo-mix";
import { addDays, daysBetween, historyStart } from "./dates";
import { LEGACY_PLAN, SEED_PLANS } from "./data/plans";

const AS_OF = "2026-11-24";
const history = demoHistory(AS_OF);
const of = <K extends DemoStep["kind"]>(kind: K) => history.filter((s): s is Extract<DemoStep, { kind: K }> => s.kind === kind);

describe("the demo ISP's history", () => {
  it("is the same every time for the same day", () => {
    expect(demoHistory(AS_OF)).toEqual(history);
    expect(demoHistory("2026-12-01")).not.toEqual(history);
  });

  it("has 300 customers whose details pass the customer form's validation", () => {
    const customers = of("customer");
    expect(customers).toHaveLength(DEMO_CUSTOMER_COUNT);
    for (const { customer } of customers) {
      const { barangayCode, ...input } = customer;
      const parsed = customerSchema.safeParse({ ...input, barangayId: "00000000-0000-4000-8000-000000000000" });
      expect(parsed.success, `${customer.firstName} ${customer.lastName}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(parsed.data?.mobile).toBe(customer.mobile);
      expect(barangayCode).toMatch(/^10305000\d\d$/);
    }
    expect(new Set(customers.map((c) => c.customer.mobile)).size).toBeGreaterThan(295);
  });

  it("is in date order, on or before today, and every step follows what it needs", () => {
    const dates = history.map((s) => s.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => d <= AS_OF)).toBe(true);
    const customers = new Set<number>();
    const subscriptions = new Map<number, { status: SubscriptionStatus; plan: string; activatedOn?: string }>();
    const archived = new Set<string>();
    for (const step of history) {
      if (step.kind === "customer") customers.add(step.customerKey);
      else if (step.kind === "subscribe") {
        expect(customers.has(step.customerKey)).toBe(true);
        expect(archived.has(step.plan)).toBe(false);
        subscriptions.set(step.subKey, { status: "pending", plan: step.plan });
      } else if (step.kind === "customer_status" || step.kind === "opening_balance") expect(customers.has(step.customerKey)).toBe(true);
      else if (step.kind === "archive_plan") archived.add(step.plan);
      else {
        const sub = subscriptions.get(step.subKey)!;
        const action = step.kind === "change_plan" ? "change_plan" : step.kind;
        const to = nextStatus(sub.status, action);
        expect(to, `${action} on a ${sub.status} subscription`).not.toBeNull();
        if (step.kind === "change_plan") expect(archived.has(step.plan)).toBe(false);
        else if (sub.activatedOn) expect(step.date >= sub.activatedOn, `${action} before activation`).toBe(true);
        const activatedOn = step.kind === "activate" ? step.date : sub.activatedOn;
        subscriptions.set(step.subKey, { status: to!, plan: step.kind === "change_plan" ? step.plan : sub.plan, activatedOn });
      }
    }
    const statuses = [...subscriptions.values()].map((s) => s.status);
    for (const status of ["pending", "active", "suspended", "cancelled"] as const) expect(statuses).toContain(status);
    expect([...subscriptions.values()].some((s) => s.plan === LEGACY_PLAN.name && s.status === "active")).toBe(true);
  });

  it("has the variety a real register has", () => {
    const subscribers = of("subscribe").map((s) => s.customerKey);
    expect(subscribers.length - new Set(subscribers).size).toBeGreaterThanOrEqual(5);
    expect(of("change_plan").length).toBeGreaterThanOrEqual(10);
    const changes = of("customer_status");
    for (const status of ["suspended", "disconnected", "terminated", "active"] as const) {
      expect(changes.some((c) => c.status === status && c.reason.length > 0)).toBe(true);
    }
    const plans = new Set(of("subscribe").map((s) => s.plan));
    for (const plan of SEED_PLANS) expect(plans).toContain(plan.name);
    expect(new Set(of("customer").map((c) => c.by))).toEqual(new Set(["owner", "support"]));
  });

  it("gives a TIN to its business customers (the business plan's, the store owners') and to nobody else", () => {
    const business = new Set(of("subscribe").filter((s) => s.plan === "Business 300").map((s) => s.customerKey));
    const withTin = of("customer").filter((c) => c.customer.tin);
    expect(withTin.length).toBeGreaterThanOrEqual(5);
    expect(withTin.length).toBeLessThan(40);
    for (const c of withTin) expect(business.has(c.customerKey) || c.customer.notes.startsWith("Sari-sari"), `${c.customer.firstName} ${c.customer.lastName}`).toBe(true);
    expect(new Set(withTin.map((c) => c.customer.tin)).size).toBe(withTin.length);
  });

  it("has customers who joined over two years, more of them lately", () => {
    const joined = of("customer").map((c) => c.date);
    expect(joined.every((d) => d >= addDays(AS_OF, -730))).toBe(true);
    expect(joined.filter((d) => d < addDays(AS_OF, -365)).length).toBeGreaterThan(30);
    expect(joined.filter((d) => d >= addDays(AS_OF, -365)).length).toBeGreaterThan(joined.filter((d) => d < addDays(AS_OF, -365)).length);
    expect(new Set(joined).size).toBeGreaterThan(150);
  });

  it("suspends nobody for non-payment once FiberBill bills them, and carries over what earlier debtors owe", () => {
    const billingFrom = historyStart(AS_OF);
    // From the first billing day on, only the daily job suspends for non-payment, on real invoices.
    const suspensions = history.filter((s): s is Extract<DemoStep, { kind: "suspend" | "resume" | "cancel" }> => s.kind === "suspend");
    for (const s of suspensions) {
      if (s.date >= billingFrom) expect(s.cause, `${s.date}: ${s.reason}`).toBe("request");
    }
    for (const s of of("customer_status")) {
      if (s.date >= billingFrom) expect(UNPAID, `${s.date}: ${s.reason}`).not.toContain(s.reason);
    }
    // Whoever ends the history disconnected or suspended for non-payment owes an opening balance.
    const last = new Map<number, DemoStep & { kind: "customer_status" }>();
    for (const s of of("customer_status")) last.set(s.customerKey, s);
    const owing = new Map(of("opening_balance").map((s) => [s.customerKey, s]));
    const unpaid = [...last.values()].filter((s) => s.status !== "active" && (UNPAID.includes(s.reason) || /unpaid/i.test(s.reason)));
    expect(unpaid.length).toBeGreaterThan(0);
    for (const s of unpaid) {
      const balance = owing.get(s.customerKey);
      expect(balance, `customer ${s.customerKey}: ${s.reason}`).toBeDefined();
      expect(balance!.date).toBe(billingFrom);
      expect(balance!.reason).toBe(OPENING_BALANCE_REASON);
      expect(balance!.amount).toBeGreaterThan(0);
    }
    expect(owing.size).toBe(unpaid.length);
    expect(daysBetween(billingFrom, AS_OF)).toBeGreaterThan(0);
  });

  it("marks the lines running before FiberBill's billing began as billed by the previous system until the day before, and no other", () => {
    const billingFrom = historyStart(AS_OF);
    const subscribes = of("subscribe");
    const migrated = subscribes.filter((s) => s.startDate < billingFrom);
    expect(migrated.length).toBeGreaterThan(200);
    for (const s of migrated) expect(s.billedElsewhereUntil).toBe(addDays(billingFrom, -1));
    const recent = subscribes.filter((s) => s.startDate >= billingFrom);
    expect(recent.length).toBeGreaterThan(0);
    for (const s of recent) expect(s.billedElsewhereUntil).toBeUndefined();
  });
});
