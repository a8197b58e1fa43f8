import { describe, expect, it } from "vitest";
import { customerSchema } from "@/lib/validations/subscribers";
import { nextStatus } from "@/lib/subscriptions/transitions";
import type { SubscriptionStatus } from "@/db/schema/subscribers";
import { DEMO_CUSTOMER_COUNT, demoHistory, type DemoStep } from "./demo-history";
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
      } else if (step.kind === "customer_status") expect(customers.has(step.customerKey)).toBe(true);
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
});
