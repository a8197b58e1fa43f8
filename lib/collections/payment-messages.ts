import { eq } from "drizzle-orm";
import { customers, payments } from "@/db/schema";
import type { Tx } from "@/db/types";
import { loadNotifyConfig, queueMessages } from "@/lib/notify/queue";
import { smsAmount } from "@/lib/notify/templates";

/** Queues the "payment received" message for a posted payment (once per payment). */
export async function queuePaymentReceived(tx: Tx, tenantId: string, paymentId: string): Promise<number> {
  const [row] = await tx
    .select({ receiptNumber: payments.receiptNumber, amount: payments.amount, customerId: customers.id, firstName: customers.firstName, accountNo: customers.accountNo, mobile: customers.mobile, email: customers.email })
    .from(payments)
    .innerJoin(customers, eq(customers.id, payments.customerId))
    .where(eq(payments.id, paymentId));
  if (!row) return 0;
  return queueMessages(tx, tenantId, await loadNotifyConfig(tx, tenantId), [
    {
      key: "payment_received",
      to: { customerId: row.customerId, mobile: row.mobile, email: row.email },
      vars: { name: row.firstName, account_no: row.accountNo, amount: smsAmount(row.amount), receipt_no: row.receiptNumber },
      dedupeKey: `payment_received:${paymentId}`,
    },
  ]);
}
