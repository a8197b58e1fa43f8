import { sql } from "drizzle-orm";
import { rowsOf } from "../rows";
import type { Tx } from "../types";

type Row = { overdue_count: number; overdue_amount: string | number; collected_today: string | number; payments_today: number; open_jobs: number; failed_messages: number };

/** The money and field figures of the dashboard for the tenant's `today`: one round trip. */
export async function operationsCounts(tx: Tx, today: string) {
  const [row] = rowsOf<Row>(
    await tx.execute(sql`select
      (select count(*)::int from invoices where status in ('open', 'partially_paid') and due_date < ${today}::date) as overdue_count,
      (select coalesce(sum(total - amount_paid), 0) from invoices where status in ('open', 'partially_paid') and due_date < ${today}::date) as overdue_amount,
      (select coalesce(sum(amount), 0) from payments where status = 'posted' and paid_on = ${today}::date) as collected_today,
      (select count(*)::int from payments where status = 'posted' and paid_on = ${today}::date) as payments_today,
      (select count(*)::int from work_items where status = 'open' and due_on <= ${today}::date) as open_jobs,
      (select count(*)::int from outbox_messages where status = 'failed') as failed_messages`),
  );
  return {
    overdue: { count: row?.overdue_count ?? 0, amount: Number(row?.overdue_amount ?? 0) },
    collectedToday: { amount: Number(row?.collected_today ?? 0), count: row?.payments_today ?? 0 },
    openJobs: row?.open_jobs ?? 0,
    failedMessages: row?.failed_messages ?? 0,
  };
}
