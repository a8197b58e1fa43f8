import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import type { WorkItemKind } from "@/db/schema";

/**
 * Opens a field job for a line, unless one of that kind is already open
 * (the partial unique index makes a second one a no-op). Returns the id of
 * the new item, or null when one was open already.
 */
export async function openWorkItem(
  tx: Tx,
  tenantId: string,
  item: { kind: WorkItemKind; customerId: string; subscriptionId: string; dueOn: string; reason: string },
): Promise<string | null> {
  const rows = rowsOf<{ id: string }>(
    await tx.execute(sql`
      insert into work_items (tenant_id, kind, customer_id, subscription_id, due_on, reason)
      values (${tenantId}::uuid, ${item.kind}, ${item.customerId}::uuid, ${item.subscriptionId}::uuid, ${item.dueOn}::date, ${item.reason})
      on conflict (tenant_id, subscription_id, kind) where status = 'open' do nothing
      returning id`),
  );
  return rows[0]?.id ?? null;
}
