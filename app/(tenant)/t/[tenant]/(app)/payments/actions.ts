"use server";

import { getPayment } from "@/db/queries/payments";
import { tenantAction } from "@/lib/actions/tenant-action";
import { postPayment, voidPayment } from "@/lib/billing/payments";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { tenantDate } from "@/lib/time/format";
import { postPaymentSchema, voidPaymentSchema } from "@/lib/validations/payment";

export type PostedPayment = {
  id: string;
  receiptNumber: string;
  amount: number;
  allocated: number;
  credit: number;
  allocations: { number: string; amount: number }[];
};

export const postPaymentAction = tenantAction(
  { schema: postPaymentSchema, permission: "payments.create", revalidate: ["/payments", "/payments/day"] },
  async (ctx, input): Promise<PostedPayment> => {
    // A payment dated tomorrow would land on a day no cashier has closed yet.
    if (input.paidOn > tenantDate(new Date(), ctx.timeZone)) {
      throw new UserFacingError("Please correct the highlighted fields.", { paidOn: ["The payment date cannot be in the future."] });
    }
    const posted = await postPayment({ tx: ctx.tx, audit: ctx.audit, userId: ctx.user.id }, ctx.tenantId, input);
    const detail = await getPayment(ctx.tx, { id: posted.id });
    return {
      id: posted.id,
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
