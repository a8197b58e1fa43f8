import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import { loadNotifyConfig, queueMessages, type MessageRequest } from "@/lib/notify/queue";

/**
 * Tells each customer an outage cut off, once per outage and customer (the
 * dedupe key), however often this runs: "outage" when it is declared,
 * "service_restored" when it is resolved. One select and one chunked
 * insert, whatever the number of customers.
 */
export async function queueOutageMessages(
  tx: Tx,
  tenantId: string,
  outageId: string,
  key: "outage" | "service_restored",
  vars: Record<string, string>,
): Promise<number> {
  const customers = rowsOf<{ id: string; first_name: string; account_no: string; mobile: string; email: string | null }>(
    await tx.execute(sql`
      select c.id, c.first_name, c.account_no, c.mobile, c.email
      from customers c
      where c.id in (select customer_id from outage_subscriptions where outage_id = ${outageId})`),
  );
  if (customers.length === 0) return 0;
  const config = await loadNotifyConfig(tx, tenantId);
  const requests: MessageRequest[] = customers.map((c) => ({
    key,
    to: { customerId: c.id, mobile: c.mobile, email: c.email },
    vars: { name: c.first_name, account_no: c.account_no, ...vars },
    dedupeKey: `${key}:${outageId}:${c.id}`,
  }));
  return queueMessages(tx, tenantId, config, requests);
}
