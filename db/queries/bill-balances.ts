import { sql, type SQL } from "drizzle-orm";
import { uuidList } from "../id-list";
import { rowsOf } from "../rows";
import type { Tx } from "../types";

/** Which invoices: some by id, or every invoice of a billing run. */
export type InvoiceScope = { ids: readonly string[] } | { billingRunId: string };

/** The scope as a condition on `invoices <alias>`: one bind parameter, however many ids. */
export function invoiceScopeSql(alias: SQL, where: InvoiceScope): SQL {
  return "ids" in where ? sql`${alias}.id in ${uuidList(where.ids)}` : sql`${alias}.billing_run_id = ${where.billingRunId}::uuid`;
}

export type BillBalance = {
  previousNumber: string | null;
  previousIssueDate: string | null;
  billedBefore: number;
  paidBefore: number;
  paidSince: number;
};

/**
 * What a bill's account summary is made of, per invoice, in ledger order (the
 * statement of account's: by date, then by when it was recorded; invoices of
 * one run by number). Void invoices and void payments count for nothing.
 * - the previous invoice: the customer's latest earlier invoice;
 * - billedBefore: the totals of all earlier invoices;
 * - paidBefore: payments recorded before the previous invoice;
 * - paidSince: payments after the previous invoice (all before, if none) and before this one.
 * One statement for every invoice in scope (a billing run's batch PDF included), each a few index look-ups.
 */
export async function billBalances(tx: Tx, where: InvoiceScope): Promise<Map<string, BillBalance>> {
  const rows = rowsOf<{
    invoice_id: string;
    previous_number: string | null;
    previous_issue_date: string | null;
    billed_before: string;
    paid_before: string;
    paid_since: string;
  }>(
    await tx.execute(sql`
      select t.id as invoice_id, prev.number as previous_number, prev.issue_date::text as previous_issue_date,
        coalesce((select sum(f.total) from invoices f
          where f.tenant_id = t.tenant_id and f.customer_id = t.customer_id and f.status <> 'void'
            and (f.issue_date, f.created_at, f.number) < (t.issue_date, t.created_at, t.number)), 0)::text as billed_before,
        coalesce((select sum(p.amount) from payments p
          where p.tenant_id = t.tenant_id and p.customer_id = t.customer_id and p.status = 'posted'
            and prev.id is not null and (p.paid_on, p.created_at) < (prev.issue_date, prev.created_at)), 0)::text as paid_before,
        coalesce((select sum(p.amount) from payments p
          where p.tenant_id = t.tenant_id and p.customer_id = t.customer_id and p.status = 'posted'
            and (prev.id is null or (p.paid_on, p.created_at) >= (prev.issue_date, prev.created_at))
            and (p.paid_on, p.created_at) < (t.issue_date, t.created_at)), 0)::text as paid_since
      from invoices t
      left join lateral (
        select e.id, e.number, e.issue_date, e.created_at from invoices e
        where e.tenant_id = t.tenant_id and e.customer_id = t.customer_id and e.status <> 'void'
          and (e.issue_date, e.created_at, e.number) < (t.issue_date, t.created_at, t.number)
        order by e.issue_date desc, e.created_at desc, e.number desc
        limit 1
      ) prev on true
      where ${invoiceScopeSql(sql`t`, where)}`),
  );
  return new Map(
    rows.map((r): [string, BillBalance] => [
      r.invoice_id,
      {
        previousNumber: r.previous_number,
        previousIssueDate: r.previous_issue_date,
        billedBefore: Number(r.billed_before),
        paidBefore: Number(r.paid_before),
        paidSince: Number(r.paid_since),
      },
    ]),
  );
}
