import { describe, expect, it } from "vitest";
import { subscriptionRows } from "./subscription-rows";
import type { ImportCustomer } from "./validate";

const base: ImportCustomer = {
  accountNo: null,
  firstName: "Juan",
  lastName: "Dela Cruz",
  mobile: "+639171234567",
  email: null,
  addressLine: "",
  barangayId: "b",
  latitude: null,
  longitude: null,
  notes: "",
  status: "active",
  subscription: { planId: "p", startDate: "2026-01-05", billedElsewhereUntil: "2026-02-28", billedUntilFrom: "assumed" },
};

describe("subscriptionRows", () => {
  it.each<[ImportCustomer["status"], string, string[], string | null]>([
    ["active", "active", ["created", "activated"], null],
    ["suspended", "suspended", ["created", "activated", "suspended"], null],
    ["disconnected", "suspended", ["created", "activated", "suspended"], null],
    ["terminated", "cancelled", ["created", "activated", "cancelled"], "2026-03-10"],
  ])("a %s customer gets a %s line", (status, subStatus, kinds, cancelledOn) => {
    const { subscriptions, events } = subscriptionRows([{ ...base, status }], ["c1"], "2026-03-10");
    expect(subscriptions).toEqual([
      expect.objectContaining({ customerId: "c1", planId: "p", status: subStatus, startDate: "2026-01-05", activatedOn: "2026-01-05", cancelledOn, billedElsewhereUntil: "2026-02-28" }),
    ]);
    expect(events.map((e) => e.kind)).toEqual(kinds);
    expect(new Set(events.map((e) => e.subscriptionId))).toEqual(new Set([subscriptions[0]!.id]));
  });

  it("skips rows without a plan and keeps customer ids aligned", () => {
    const { subscriptions } = subscriptionRows([{ ...base, subscription: null }, base], ["c1", "c2"], "2026-03-10");
    expect(subscriptions.map((s) => s.customerId)).toEqual(["c2"]);
  });
});
