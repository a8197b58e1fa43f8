import type { SubscriptionStatus } from "@/db/schema/subscribers";

/** What can happen to a subscription in each status. */
export type SubscriptionAction = "activate" | "suspend" | "resume" | "cancel" | "change_plan";

const ALLOWED: Record<SubscriptionStatus, readonly SubscriptionAction[]> = {
  pending: ["activate", "cancel", "change_plan"],
  active: ["suspend", "cancel", "change_plan"],
  suspended: ["resume", "cancel", "change_plan"],
  cancelled: [],
};

const RESULT: Record<Exclude<SubscriptionAction, "change_plan">, SubscriptionStatus> = {
  activate: "active",
  suspend: "suspended",
  resume: "active",
  cancel: "cancelled",
};

export function allowedActions(status: SubscriptionStatus): readonly SubscriptionAction[] {
  return ALLOWED[status];
}

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextStatus(status: SubscriptionStatus, action: SubscriptionAction): SubscriptionStatus | null {
  if (!ALLOWED[status].includes(action)) return null;
  return action === "change_plan" ? status : RESULT[action];
}

export const ACTION_LABELS: Record<SubscriptionAction, string> = {
  activate: "Activate",
  suspend: "Suspend",
  resume: "Resume",
  cancel: "Cancel",
  change_plan: "Change plan",
};
