import { and, eq, isNull } from "drizzle-orm";
import { subscriptions } from "@/db/schema";
import { customerBalance, postPayment, type PaymentCtx, type PaymentInput } from "@/lib/billing/payments";
import { getBillingSettings } from "@/lib/billing/settings";
import { loadNotifyConfig } from "@/lib/notify/queue";
import { queuePaymentReceived } from "./payment-messages";
import { requestReconnections } from "./reconnections";
import { payableFee } from "./settlement";

export type ReceivedPayment = {
  id: string;
  receiptNumber: string;
  allocated: number;
  /** Lines this payment brought back (reconnection requested, or resumed before the cut). */
  reconnects: number;
  /** The reconnection fees this payment set off, as the customer pays them. */
  reconnectionFee: number;
  /** The customer's balance once everything the payment set off is done (negative: credit). */
  balance: number;
};

/**
 * A payment at the counter, with what it sets off in the same transaction: a
 * customer cut off for non-payment whose overdue balance it clears is marked
 * for reconnection and charged the reconnection fee now, not in a later job,
 * so the balance read at the end is the customer's real balance and the
 * cashier can say what is still owed (or held as credit) in one figure.
 * The payment's event still follows the commit: it delivers the messages, and
 * finds the lines already marked.
 */
export async function receivePayment(ctx: PaymentCtx, tenantId: string, input: PaymentInput, today: string): Promise<ReceivedPayment> {
  // The lines first, as the daily reconnection step locks them before it charges a fee: the same order, no deadlock.
  await ctx.tx
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(and(eq(subscriptions.customerId, input.customerId), eq(subscriptions.status, "suspended"), eq(subscriptions.suspensionCause, "nonpayment"), isNull(subscriptions.reconnectRequestedOn)))
    .for("update");
  const posted = await postPayment(ctx, tenantId, input);
  await queuePaymentReceived(ctx.tx, tenantId, posted.id);
  const reconnected = await requestReconnections(
    { tx: ctx.tx, tenantId, today, userId: ctx.userId, notify: await loadNotifyConfig(ctx.tx, tenantId), audit: ctx.audit, userAgent: null },
    [input.customerId],
  );
  const settings = reconnected.fees > 0 ? await getBillingSettings(ctx.tx, tenantId) : null;
  return {
    id: posted.id,
    receiptNumber: posted.receiptNumber,
    allocated: posted.allocated,
    reconnects: reconnected.reconnect + reconnected.resumed,
    // Each line's fee is its own charge, its VAT rounded on its own (as payableAmount does).
    reconnectionFee: settings ? (reconnected.fees / settings.reconnectionFee) * payableFee(settings, settings.reconnectionFee) : 0,
    balance: await customerBalance(ctx.tx, input.customerId),
  };
}
