import { adjustments } from "@/db/schema";
import type { Tx } from "@/db/types";
import { closingLines, composeInvoice } from "./compose";
import { loadBillingInputs } from "./run";

/** A run date past any period: "would another invoice ever come?" */
const FAR_FUTURE = "9999-01-01";

/**
 * When a subscription is cancelled inside a span it was already invoiced for,
 * the unused days (and any correction still pending for that span) go to the
 * customer's account as adjustments: a credit the next invoice uses, or that
 * stays on the account. Called in the cancelling transaction, once.
 */
export async function settleCancelledSubscription(
  ctx: { tx: Tx; userId: string | null },
  tenantId: string,
  subscriptionId: string,
): Promise<{ credited: number; charged: number }> {
  const { rules, subscriptions } = await loadBillingInputs(ctx.tx, tenantId, { subscriptionId });
  const sub = subscriptions[0];
  if (!sub || !sub.facts.cancelledOn) return { credited: 0, charged: 0 };
  // Cancelled after the last invoiced span: the next run still bills up to the cancellation, with the corrections.
  if (composeInvoice(sub.facts, rules, sub.last, FAR_FUTURE) !== null) return { credited: 0, charged: 0 };
  const lines = closingLines(sub.facts, rules, sub.last).filter((l) => l.amount !== 0);
  if (lines.length === 0) return { credited: 0, charged: 0 };
  await ctx.tx.insert(adjustments).values(
    lines.map((l) => ({
      tenantId,
      customerId: sub.customerId,
      kind: l.amount < 0 ? ("credit" as const) : ("charge" as const),
      category: "cancellation" as const,
      amount: Math.abs(l.amount),
      reason: l.description,
      effectiveOn: sub.facts.cancelledOn!,
      // Voiding that invoice reverses these too: they correct what it charged.
      sourceInvoiceId: sub.lastInvoiceId,
      createdBy: ctx.userId,
    })),
  );
  const credited = lines.filter((l) => l.amount < 0).reduce((s, l) => s - l.amount, 0);
  const charged = lines.filter((l) => l.amount > 0).reduce((s, l) => s + l.amount, 0);
  return { credited, charged };
}
