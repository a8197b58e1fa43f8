import { sql } from "drizzle-orm";
import type { LedgerSource } from "@/lib/billing/ledger";
import { rowsOf } from "../rows";
import { payableAmount } from "./payable-amount";
import type { Tx } from "../types";

type Row = { kind: LedgerSource["kind"]; date: string; ref: string; description: string; amount: string | number; void: boolean; at: string };

/** Every invoice, payment and adjustment of a customer, for the statement of account. */
export async function statementSources(tx: Tx, { customerId }: { customerId: string }): Promise<LedgerSource[]> {
  const rows = rowsOf<Row>(
    await tx.execute(sql`
      select 'invoice' as kind, issue_date::text as date, number as ref,
        coalesce('Service ' || to_char(period_start, 'Mon FMDD, YYYY') || ' to ' || to_char(period_end - 1, 'Mon FMDD, YYYY'), 'Invoice') as description,
        total as amount, status = 'void' as void, created_at::text as at
      from invoices where customer_id = ${customerId}
      union all
      select 'payment', paid_on::text, receipt_number,
        'Payment, ' || case method when 'gcash' then 'GCash' when 'maya' then 'Maya' when 'bank_transfer' then 'bank transfer'
          else method end || coalesce(' ' || reference, ''), amount, status = 'void', created_at::text
      from payments where customer_id = ${customerId}
      union all
      select kind, effective_on::text, '', reason, ${payableAmount(sql`amount`)}, false, created_at::text
      from adjustments where customer_id = ${customerId} and invoice_id is null`),
  );
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }) as LedgerSource);
}
