import type { AuditChanges } from "@/db/schema/audit";

const CAUSES: Record<string, string> = { nonpayment: "nonpayment", request: "at the customer's request" };
const STATUS: Record<string, string> = { active: "Active", suspended: "Suspended", disconnected: "Disconnected", terminated: "Terminated" };

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

/** "work_item.reconnect_done" -> "Work item reconnect done": words for an action nobody wrote a sentence for yet. */
function humanize(action: string): string {
  const words = action.replace(/[._]/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * What an audit entry did, in words staff read on a customer's page:
 * "Subscription suspended: nonpayment" rather than `subscription.suspend`.
 * The entry's field-by-field changes are shown under it as they are.
 */
export function describeActivity(action: string, changes: AuditChanges): string {
  const after = changes.after ?? {};
  const before = changes.before ?? {};
  const reason = text(after.reason);
  const withReason = (headline: string) => (reason ? `${headline}: ${reason}` : headline);
  switch (action) {
    case "customer.create":
      return "Customer added";
    case "customer.update":
      return "Customer details changed";
    case "customer.status_change": {
      const to = text(after.status);
      return withReason(to ? `Customer status set to ${STATUS[to] ?? to}` : "Customer status changed");
    }
    case "subscription.create":
      return text(after.plan) ? `Subscription added: ${text(after.plan)}` : "Subscription added";
    case "subscription.activate":
      return "Subscription activated";
    case "subscription.suspend": {
      const cause = text(after.cause);
      if (cause) return `Subscription suspended: ${CAUSES[cause] ?? cause}`;
      return withReason("Subscription suspended");
    }
    case "subscription.resume":
      return withReason("Subscription resumed");
    case "subscription.cancel":
      return withReason("Subscription cancelled");
    case "subscription.change_plan": {
      const from = text(before.plan);
      const to = text(after.plan);
      return from && to ? `Plan changed from ${from} to ${to}` : to ? `Plan changed to ${to}` : "Plan changed";
    }
    case "subscription.billed_elsewhere":
      return "Taken as billed by a previous system";
    case "subscription.reconnect_requested":
      return "Paid up: reconnection requested";
    default:
      return humanize(action);
  }
}
