import { describe, expect, it } from "vitest";
import { describeActivity } from "./describe";

describe("activity in words", () => {
  it.each([
    ["customer.create", {}, "Customer added"],
    ["customer.update", { before: { mobile: "+639171234567" }, after: { mobile: "+639179999999" } }, "Customer details changed"],
    ["customer.status_change", { before: { status: "active" }, after: { status: "suspended", reason: "Working abroad" } }, "Customer status set to Suspended: Working abroad"],
    ["subscription.create", { after: { plan: "Fiber 50" } }, "Subscription added: Fiber 50"],
    ["subscription.activate", { after: { status: "active" } }, "Subscription activated"],
    ["subscription.suspend", { after: { status: "suspended", cause: "nonpayment", reason: "Unpaid balance of ₱1,299.00" } }, "Subscription suspended: nonpayment"],
    ["subscription.suspend", { after: { status: "suspended", cause: "request" } }, "Subscription suspended: at the customer's request"],
    ["subscription.suspend", { after: { status: "suspended", reason: "Unpaid" } }, "Subscription suspended: Unpaid"],
    ["subscription.resume", { after: { status: "active" } }, "Subscription resumed"],
    ["subscription.cancel", { after: { status: "cancelled", reason: "Moved to Iligan City" } }, "Subscription cancelled: Moved to Iligan City"],
    ["subscription.change_plan", { before: { plan: "Fiber 30" }, after: { plan: "Fiber 50" } }, "Plan changed from Fiber 30 to Fiber 50"],
    ["subscription.reconnect_requested", { after: {} }, "Paid up: reconnection requested"],
    ["subscription.billed_elsewhere", { after: { billedElsewhereUntil: "2026-11-30" } }, "Taken as billed by a previous system"],
    ["work_item.reconnect_done", {}, "Work item reconnect done"],
  ] as const)("%s", (action, changes, words) => {
    expect(describeActivity(action, changes)).toBe(words);
  });
});
