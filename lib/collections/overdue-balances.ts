import { sql } from "drizzle-orm";
import { uuidList } from "@/db/id-list";
import { payableAmount } from "@/db/queries/payable-amount";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import type { IsoDate } from "@/lib/billing/dates";

/**
 * What each customer owes on invoices past a date, after their unused credit
 * (unallocated payments and pending credits) is counted against it. Only
 * customers who still owe something are returned.
 */
export async function customersOwingPast(tx: Tx, dueOnOrBefore: IsoDate, only?: readonly string[]): Promise<Map<string, number>> {
  const filter = only ? sql`and i.customer_id in ${uuidList(only)}` : sql``;
  const rows = rowsOf<{ customer_id: string; owed: string | number }>(
    await tx.execute(sql`
      with owed as (
        select i.customer_id, sum(i.total - i.amount_paid) as amount
        from invoices i
        where i.status in ('open', 'partially_paid') and i.due_date <= ${dueOnOrBefore}::date ${filter}
        group by i.customer_id
      ), credit as (
        select p.customer_id, p.amount - coalesce(al.allocated, 0) as amount
        from payments p
        left join lateral (select sum(a.amount) as allocated from payment_allocations a where a.payment_id = p.id) al on true
        where p.status = 'posted' and p.customer_id in (select customer_id from owed)
        union all
        select d.customer_id, ${payableAmount(sql`d.amount`)} from adjustments d
        where d.kind = 'credit' and d.invoice_id is null and d.customer_id in (select customer_id from owed)
      ), credit_total as (
        select customer_id, sum(amount) as amount from credit group by customer_id
      )
      select o.customer_id, o.amount - coalesce(c.amount, 0) as owed
      from owed o left join credit_total c using (customer_id)
      where o.amount - coalesce(c.amount, 0) > 0`),
  );
  return new Map(rows.map((r) => [r.customer_id, Number(r.owed)]));
}
