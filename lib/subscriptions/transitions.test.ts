import { describe, expect, it } from "vitest";
import type { SubscriptionStatus } from "@/db/schema/subscribers";
import { allowedActions, nextStatus, type SubscriptionAction } from "./transitions";

describe("nextStatus", () => {
  it.each<[SubscriptionStatus, SubscriptionAction, SubscriptionStatus | null]>([
    ["pending", "activate", "active"],
    ["pending", "cancel", "cancelled"],
    ["pending", "change_plan", "pending"],
    ["pending", "suspend", null],
    ["pending", "resume", null],
    ["active", "suspend", "suspended"],
    ["active", "cancel", "cancelled"],
    ["active", "change_plan", "active"],
    ["active", "activate", null],
    ["active", "resume", null],
    ["suspended", "resume", "active"],
    ["suspended", "cancel", "cancelled"],
    ["suspended", "change_plan", "suspended"],
    ["suspended", "suspend", null],
    ["cancelled", "activate", null],
    ["cancelled", "resume", null],
    ["cancelled", "change_plan", null],
  ])("%s + %s -> %s", (from, action, to) => expect(nextStatus(from, action)).toBe(to));

  it("a cancelled subscription allows nothing", () => expect(allowedActions("cancelled")).toEqual([]));
});
