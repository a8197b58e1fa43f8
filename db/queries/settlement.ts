import { sql } from "drizzle-orm";
import { rowsOf } from "../rows";
import type { Tx } from "../types";
import { payableAmount } from "./payable-amount";

/** A customer's charges and credits waiting for an invoice (a late fee, a reconnection fee), as the customer will pay them. */
export async function pendingAdjustmentsOf(tx: Tx, { customerId }: { customerId: string }) {
  const rows = rowsOf<{ id: string; kind: "charge" | "credit"; category: string; reason: string; effective_on: string; amount: string | number }>(
    await tx.execute(sql`
      select id, kind, category, reason, effective_on::text, ${payableAmount(sql`amount`)} as amount
      from adjustments where customer_id = ${customerId} and invoice_id is null
      order by effective_on, created_at`),
  );
  return rows.map((r) => ({ id: r.id, kind: r.kind, category: r.category, reason: r.reason, effectiveOn: r.effective_on, amount: Number(r.amount) }));
}

/**
 * A customer's lines suspended for non-payment and not yet marked for
 * reconnection, each with whether the technician's "to disconnect" job is
 * still open (the line is not cut yet).
 */
export async function linesOffForNonpaymentOf(tx: Tx, { customerId }: { customerId: string }) {
  const rows = rowsOf<{ id: string; disconnect_open: boolean }>(
    await tx.execute(sql`
      select s.id, exists (
        select 1 from work_items w
        where w.tenant_id = s.tenant_id and w.subscription_id = s.id and w.kind = 'disconnect' and w.status = 'open'
      ) as disconnect_open
      from subscriptions s
      where s.customer_id = ${customerId} and s.status = 'suspended' and s.suspension_cause = 'nonpayment' and s.reconnect_requested_on is null
      order by s.id`),
  );
  return rows.map((r) => ({ id: r.id, disconnectOpen: r.disconnect_open }));
}
