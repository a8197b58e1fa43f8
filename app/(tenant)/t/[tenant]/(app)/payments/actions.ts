"use server";

import { getPayment } from "@/db/queries/payments";
import { tenantAction } from "@/lib/actions/tenant-action";
import { voidPayment } from "@/lib/billing/payments";
import { receivePayment } from "@/lib/collections/counter-payment";
import { EVENTS } from "@/lib/events/names";
import { publish } from "@/lib/events/publish";
import { sendReceipt, type SentDocument } from "@/lib/documents/send";
import { env } from "@/lib/env";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { tenantDate } from "@/lib/time/format";
import { sendReceiptSchema } from "@/lib/validations/documents";
import { postPaymentSchema, voidPaymentSchema } from "@/lib/validations/payment";

export type PostedPayment = {
  id: string;
  customerId: string;
  /** The tenant's today: reconnection is dated when it happens, not when the money was paid. */
  reconnectOn: string;
  /** Lines suspended for non-payment that this payment cleared: reconnection requested (or resumed, before the cut). */
  reconnects: number;
  /** Reconnection fees this payment charged (already in `balance`). */
  reconnectionFee: number;
  receiptNumber: string;
  amount: number;
  allocated: number;
  /** The customer's balance after the payment and all it set off: owed if positive, credit if negative. */
  balance: number;
  allocations: { number: string; amount: number }[];
};

export const postPaymentAction = tenantAction(
  {
    schema: postPaymentSchema,
    permission: "payments.create",
    revalidate: ["/payments", "/payments/day"],
    // A retry of the same form (a lost connection, a double click) returns this receipt, never a second payment.
    idempotent: "payment.post",
    // The reconnection itself is done in the payment's transaction; the event delivers the messages (and catches up).
    afterCommit: (payment: PostedPayment, { db, tenantId }) => publish(db, { name: EVENTS.paymentPosted, data: { tenantId, customerId: payment.customerId, date: payment.reconnectOn } }),
  },
  async (ctx, input): Promise<PostedPayment> => {
    const today = tenantDate(new Date(), ctx.timeZone);
    // A payment dated tomorrow would land on a day no cashier has closed yet.
    if (input.paidOn > today) {
      throw new UserFacingError("Please correct the highlighted fields.", { paidOn: ["The payment date cannot be in the future."] });
    }
    const received = await receivePayment({ tx: ctx.tx, audit: ctx.audit, userId: ctx.user.id }, ctx.tenantId, input, today);
    const detail = await getPayment(ctx.tx, { id: received.id });
    return {
      id: received.id,
      customerId: input.customerId,
      reconnectOn: today,
      reconnects: received.reconnects,
      reconnectionFee: received.reconnectionFee,
      receiptNumber: received.receiptNumber,
      amount: input.amount,
      allocated: received.allocated,
      balance: received.balance,
      allocations: (detail?.allocations ?? []).map((a) => ({ number: a.number, amount: a.amount })),
    };
  },
);

export const voidPaymentAction = tenantAction(
  { schema: voidPaymentSchema, permission: "payments.void", revalidate: ["/payments", "/payments/day"], idempotent: "payment.void" },
  async (ctx, { id, reason }) => {
    const payment = await getPayment(ctx.tx, { id });
    if (!payment) throw new NotFoundError("That payment");
    await voidPayment({ tx: ctx.tx, audit: ctx.audit, userId: ctx.user.id }, id, reason);
    return { message: `Receipt ${payment.receiptNumber} is void; its amounts went back to the invoices.` };
  },
);

/** Send on the receipt page: the receipt's amount and a signed link to it, by SMS and email. */
export const sendReceiptAction = tenantAction(
  {
    schema: sendReceiptSchema,
    permission: "payments.view",
    revalidate: ["/notifications"],
    afterCommit: (_sent: SentDocument, { db, tenantId }) => publish(db, { name: EVENTS.outboxFlush, data: { tenantId } }),
  },
  async (ctx, { id }) => sendReceipt(ctx, ctx.tenantId, id, { origin: ctx.origin ?? "", secret: env.AUTH_SECRET }),
);
