"use server";

import { getPayment } from "@/db/queries/payments";
import { tenantAction } from "@/lib/actions/tenant-action";
import { postPayment, voidPayment } from "@/lib/billing/payments";
import { queuePaymentReceived } from "@/lib/collections/payment-messages";
import { EVENTS } from "@/lib/events/names";
import { publish } from "@/lib/events/publish";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { tenantDate } from "@/lib/time/format";
import { postPaymentSchema, voidPaymentSchema } from "@/lib/validations/payment";

export type PostedPayment = {
  id: string;
  customerId: string;
  paidOn: string;
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
    // A payment that clears a suspended customer's balance starts the reconnection; the receipt message goes out.
    afterCommit: (payment: PostedPayment, { db, tenantId }) => publish(db, { name: EVENTS.paymentPosted, data: { tenantId, customerId: payment.customerId, date: payment.paidOn } }),
  },
  async (ctx, input): Promise<PostedPayment> => {
    // A payment dated tomorrow would land on a day no cashier has closed yet.
    if (input.paidOn > tenantDate(new Date(), ctx.timeZone)) {
      throw new UserFacingError("Please correct the highlighted fields.", { paidOn: ["The payment date cannot be in the future."] });
    }
    const posted = await postPayment({ tx: ctx.tx, audit: ctx.audit, userId: ctx.user.id }, ctx.tenantId, input);
    await queuePaymentReceived(ctx.tx, ctx.tenantId, posted.id);
    const detail = await getPayment(ctx.tx, { id: posted.id });
    return {
      id: posted.id,
      customerId: input.customerId,
      paidOn: tenantDate(new Date(), ctx.timeZone),
      receiptNumber: posted.receiptNumber,
      amount: input.amount,
      allocated: posted.allocated,
      credit: posted.credit,
      allocations: (detail?.allocations ?? []).map((a) => ({ number: a.number, amount: a.amount })),
    };
  },
);

export const voidPaymentAction = tenantAction(
  { schema: voidPaymentSchema, permission: "payments.void", revalidate: ["/payments", "/payments/day"] },
  async (ctx, { id, reason }) => {
    const payment = await getPayment(ctx.tx, { id });
    if (!payment) throw new NotFoundError("That payment");
    await voidPayment({ tx: ctx.tx, audit: ctx.audit, userId: ctx.user.id }, id, reason);
    return { message: `Receipt ${payment.receiptNumber} is void; its amounts went back to the invoices.` };
  },
);
