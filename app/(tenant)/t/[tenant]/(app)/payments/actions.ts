"use server";

import { getPayment } from "@/db/queries/payments";
import { tenantAction } from "@/lib/actions/tenant-action";
import { postPayment, voidPayment } from "@/lib/billing/payments";
import { queuePaymentReceived } from "@/lib/collections/payment-messages";
import { linesClearedForReconnection } from "@/lib/collections/reconnections";
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
  /** Lines suspended for non-payment that this payment clears: reconnection follows. */
  reconnects: number;
  receiptNumber: string;
  amount: number;
  allocated: number;
  credit: number;
  allocations: { number: string; amount: number }[];
};

export const postPaymentAction = tenantAction(
  {
    schema: postPaymentSchema,
    permission: "payments.create",
    revalidate: ["/payments", "/payments/day"],
    // A retry of the same form (a lost connection, a double click) returns this receipt, never a second payment.
    idempotent: "payment.post",
    // A payment that clears a suspended customer's balance starts the reconnection; the receipt message goes out.
    afterCommit: (payment: PostedPayment, { db, tenantId }) => publish(db, { name: EVENTS.paymentPosted, data: { tenantId, customerId: payment.customerId, date: payment.reconnectOn } }),
  },
  async (ctx, input): Promise<PostedPayment> => {
    // A payment dated tomorrow would land on a day no cashier has closed yet.
    if (input.paidOn > tenantDate(new Date(), ctx.timeZone)) {
      throw new UserFacingError("Please correct the highlighted fields.", { paidOn: ["The payment date cannot be in the future."] });
    }
    const posted = await postPayment({ tx: ctx.tx, audit: ctx.audit, userId: ctx.user.id }, ctx.tenantId, input);
    await queuePaymentReceived(ctx.tx, ctx.tenantId, posted.id);
    const today = tenantDate(new Date(), ctx.timeZone);
    const detail = await getPayment(ctx.tx, { id: posted.id });
    return {
      id: posted.id,
      customerId: input.customerId,
      reconnectOn: today,
      reconnects: await linesClearedForReconnection(ctx.tx, ctx.tenantId, input.customerId, today),
      receiptNumber: posted.receiptNumber,
      amount: input.amount,
      allocated: posted.allocated,
      credit: posted.credit,
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
