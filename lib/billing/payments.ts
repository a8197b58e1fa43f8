import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { customers, invoices, paymentAllocations, payments, PAYMENT_METHODS } from "@/db/schema";
import { payableAmount } from "@/db/queries/payable-amount";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import type { AuditWriter } from "@/lib/audit/record";
import { NotFoundError, pgConstraint, pgErrorCode, UserFacingError } from "@/lib/errors";
import { formatPesos } from "@/lib/money";
import { takeNumbers } from "@/lib/numbering/counters";
import { allocate } from "./allocation";
import { lockCreditsExclusive, lockCreditsShared } from "./credit-lock";
import { applyCredits } from "./credits";

export { allocate };

export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export type PaymentCtx = { tx: Tx; audit: AuditWriter; userId: string | null };

export const METHOD_LABELS: Record<PaymentMethod, string> = { cash: "Cash", gcash: "GCash", maya: "Maya", bank_transfer: "Bank transfer", check: "Check" };

export type PaymentInput = {
  customerId: string;
  amount: number;
  method: PaymentMethod;
  reference?: string | null;
  paidOn: string;
  /** Invoices the cashier picked, in the order to pay them; empty: oldest open first. */
  invoiceIds?: string[];
};

const statusFor = sql`case when ${invoices.amountPaid} >= ${invoices.total} then 'paid' when ${invoices.amountPaid} > 0 then 'partially_paid' else 'open' end`;

/**
 * Posts a payment with a receipt number of its own gapless series and
 * allocates it to open invoices, oldest due first (or the ones picked). An
 * overpayment stays unallocated: the customer's credit.
 */
export async function postPayment(ctx: PaymentCtx, tenantId: string, input: PaymentInput): Promise<{ id: string; receiptNumber: string; allocated: number; credit: number }> {
  const { tx } = ctx;
  // Before reading invoices: a billing run applying credits now finishes first, and then its invoices are seen.
  await lockCreditsShared(tx, tenantId);
  const [customer] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.id, input.customerId));
  if (!customer) throw new NotFoundError("That customer");
  const picked = input.invoiceIds ?? [];
  const candidates = await tx
    .select({ id: invoices.id, number: invoices.number, balance: sql<number>`(${invoices.total} - ${invoices.amountPaid})::bigint`, dueDate: invoices.dueDate })
    .from(invoices)
    .where(and(eq(invoices.customerId, input.customerId), inArray(invoices.status, ["open", "partially_paid"]), picked.length ? inArray(invoices.id, picked) : undefined))
    .orderBy(asc(invoices.dueDate), asc(invoices.number))
    .for("update");
  if (picked.length && candidates.length !== new Set(picked).size) {
    throw new UserFacingError("Pick only open invoices of this customer.", { invoiceIds: ["Pick only open invoices of this customer."] });
  }
  const ordered = picked.length ? picked.map((id) => candidates.find((c) => c.id === id)!) : candidates;
  const plan = allocate(input.amount, ordered.map((c) => ({ id: c.id, balance: Number(c.balance) })));
  const [receiptNumber] = await takeNumbers(tx, tenantId, "receipt");
  let paymentId: string;
  try {
    const [row] = await tx
      .insert(payments)
      .values({
        tenantId,
        receiptNumber: receiptNumber!,
        customerId: input.customerId,
        amount: input.amount,
        method: input.method,
        reference: input.reference?.trim() || null,
        paidOn: input.paidOn,
        receivedBy: ctx.userId,
      })
      .returning({ id: payments.id });
    paymentId = row!.id;
  } catch (error) {
    if (pgErrorCode(error) === "23505" && pgConstraint(error) === "payments_tenant_method_reference_key") {
      const message = `A ${METHOD_LABELS[input.method]} payment with reference ${input.reference} was already posted.`;
      throw new UserFacingError(message, { reference: [message] });
    }
    throw error;
  }
  if (plan.allocations.length) {
    await tx.insert(paymentAllocations).values(plan.allocations.map((a) => ({ tenantId, paymentId, invoiceId: a.invoiceId, amount: a.amount })));
    for (const a of plan.allocations) {
      await tx.update(invoices).set({ amountPaid: sql`${invoices.amountPaid} + ${a.amount}` }).where(eq(invoices.id, a.invoiceId));
    }
    await tx.update(invoices).set({ status: statusFor }).where(inArray(invoices.id, plan.allocations.map((a) => a.invoiceId)));
  }
  const allocated = input.amount - plan.credit;
  await ctx.audit({
    action: "payment.post",
    entityType: "payment",
    entityId: paymentId,
    after: {
      receiptNumber,
      amount: formatPesos(input.amount),
      method: input.method,
      reference: input.reference ?? null,
      paidOn: input.paidOn,
      allocations: plan.allocations.map((a) => `${candidates.find((c) => c.id === a.invoiceId)?.number}: ${formatPesos(a.amount)}`),
      credit: formatPesos(plan.credit),
    },
  });
  return { id: paymentId, receiptNumber: receiptNumber!, allocated, credit: plan.credit };
}

/** Payments are never edited: a void keeps the payment and its reason and gives its amounts back to the invoices. */
export async function voidPayment(ctx: PaymentCtx, id: string, reason: string): Promise<void> {
  const { tx } = ctx;
  const [payment] = await tx
    .select({ tenantId: payments.tenantId, status: payments.status, receiptNumber: payments.receiptNumber, amount: payments.amount, customerId: payments.customerId })
    .from(payments)
    .where(eq(payments.id, id))
    .for("update");
  if (!payment) throw new NotFoundError("That payment");
  if (payment.status === "void") throw new UserFacingError(`Receipt ${payment.receiptNumber} is already void.`);
  // The void ends by applying credits: take that lock now, before holding invoice rows a payment may wait for.
  await lockCreditsExclusive(tx, payment.tenantId);
  const allocations = await tx
    .select({ invoiceId: paymentAllocations.invoiceId, amount: paymentAllocations.amount })
    .from(paymentAllocations)
    .where(eq(paymentAllocations.paymentId, id));
  for (const a of allocations) {
    await tx.update(invoices).set({ amountPaid: sql`${invoices.amountPaid} - ${a.amount}` }).where(eq(invoices.id, a.invoiceId));
  }
  if (allocations.length) {
    await tx.update(invoices).set({ status: statusFor }).where(inArray(invoices.id, allocations.map((a) => a.invoiceId)));
  }
  await tx.delete(paymentAllocations).where(eq(paymentAllocations.paymentId, id));
  await tx.update(payments).set({ status: "void", voidReason: reason, voidedAt: sql`now()`, voidedBy: ctx.userId }).where(eq(payments.id, id));
  // Invoices the void reopened are paid from the customer's remaining credit, if any.
  await applyCredits(tx, payment.tenantId, [payment.customerId]);
  await ctx.audit({
    action: "payment.void",
    entityType: "payment",
    entityId: id,
    before: { status: "posted" },
    after: { status: "void", reason, receiptNumber: payment.receiptNumber, reversed: allocations.length },
  });
}

/**
 * A customer's balance, derived: invoices (not void) + unbilled charges −
 * unbilled credits − posted payments. Negative means the customer has credit.
 */
export async function customerBalance(tx: Tx, customerId: string): Promise<number> {
  const rows = await tx.execute(sql`select
    coalesce((select sum(total) from invoices where customer_id = ${customerId} and status <> 'void'), 0)
    + coalesce((select sum(case when kind = 'charge' then 1 else -1 end * ${payableAmount(sql`amount`)}) from adjustments where customer_id = ${customerId} and invoice_id is null), 0)
    - coalesce((select sum(amount) from payments where customer_id = ${customerId} and status = 'posted'), 0) as balance`);
  return Number(rowsOf<{ balance: string | number }>(rows)[0]?.balance ?? 0);
}
