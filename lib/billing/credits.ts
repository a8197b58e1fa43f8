import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { invoices, paymentAllocations } from "@/db/schema";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import { allocate } from "./allocation";
import { lockCreditsExclusive } from "./credit-lock";

/**
 * Puts customers' credit to work: the unallocated rest of posted payments
 * (an overpayment, or money freed by a voided invoice) pays their open
 * invoices, oldest payment to oldest due invoice. Called after a billing run
 * creates invoices and after a payment is voided. Holds the tenant's credit
 * lock exclusive (credit-lock.ts): a payment posted meanwhile either
 * committed before (its credit is read below) or waits and then sees the new
 * invoices, and two appliers never allocate the same credit twice.
 */
export async function applyCredits(tx: Tx, tenantId: string, customerIds?: string[]): Promise<number> {
  await lockCreditsExclusive(tx, tenantId);
  const only = customerIds && customerIds.length ? sql`and p.customer_id in (${sql.join(customerIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  const credits = rowsOf<{ id: string; customer_id: string; remaining: string }>(
    await tx.execute(sql`
      select p.id, p.customer_id, (p.amount - coalesce(sum(a.amount), 0))::text as remaining
      from payments p left join payment_allocations a on a.tenant_id = p.tenant_id and a.payment_id = p.id
      where p.status = 'posted' ${only}
      group by p.tenant_id, p.id
      having p.amount - coalesce(sum(a.amount), 0) > 0
      order by p.customer_id, min(p.paid_on), min(p.created_at)`),
  );
  if (credits.length === 0) return 0;
  const byCustomer = new Map<string, { id: string; remaining: number }[]>();
  for (const c of credits) {
    const list = byCustomer.get(c.customer_id) ?? [];
    list.push({ id: c.id, remaining: Number(c.remaining) });
    byCustomer.set(c.customer_id, list);
  }
  let applied = 0;
  for (const [customerId, payments] of byCustomer) {
    const open = await tx
      .select({ id: invoices.id, balance: sql<string>`(${invoices.total} - ${invoices.amountPaid})::text` })
      .from(invoices)
      .where(and(eq(invoices.customerId, customerId), inArray(invoices.status, ["open", "partially_paid"])))
      .orderBy(asc(invoices.dueDate), asc(invoices.number))
      .for("update");
    const balances = open.map((o) => ({ id: o.id, balance: Number(o.balance) }));
    for (const payment of payments) {
      const plan = allocate(payment.remaining, balances.filter((b) => b.balance > 0));
      for (const a of plan.allocations) {
        await tx.insert(paymentAllocations).values({ tenantId, paymentId: payment.id, invoiceId: a.invoiceId, amount: a.amount });
        await tx.update(invoices).set({ amountPaid: sql`${invoices.amountPaid} + ${a.amount}` }).where(eq(invoices.id, a.invoiceId));
        balances.find((b) => b.id === a.invoiceId)!.balance -= a.amount;
        applied += a.amount;
      }
    }
    const touched = open.map((o) => o.id);
    if (touched.length) {
      await tx
        .update(invoices)
        .set({ status: sql`case when ${invoices.amountPaid} >= ${invoices.total} then 'paid' when ${invoices.amountPaid} > 0 then 'partially_paid' else 'open' end` })
        .where(inArray(invoices.id, touched));
    }
  }
  return applied;
}
