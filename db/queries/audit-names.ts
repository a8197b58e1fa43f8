import { sql } from "drizzle-orm";
import { isUuid } from "@/lib/uuid";
import { rowsOf } from "../rows";
import type { Tx } from "../types";

/** The kinds of record an audit row can name, by the entity_type it was written with. */
const TYPES = ["customer", "subscription", "invoice", "payment", "plan", "barangay", "role", "user", "work_item", "outbox_message", "olt", "pon_port", "lcp", "nap", "field_job", "device"] as const;
type NamedType = (typeof TYPES)[number];

type AuditRef = { entityType: string; entityId: string | null; changes: { before?: Record<string, unknown>; after?: Record<string, unknown> } };
type Row = { type: NamedType; id: string; label: string; customer_id: string | null; customer_name: string | null };

export type AuditName = { label: string; customer?: { id: string; name: string } };

/** The ids of one page of audit rows, by type; customers also from the rows' customerId (charges, new lines). */
function idsByType(rows: readonly AuditRef[]): Record<NamedType, string[]> {
  const sets = Object.fromEntries(TYPES.map((t) => [t, new Set<string>()])) as Record<NamedType, Set<string>>;
  for (const r of rows) {
    if (r.entityId && isUuid(r.entityId) && (TYPES as readonly string[]).includes(r.entityType)) sets[r.entityType as NamedType].add(r.entityId);
    for (const side of [r.changes.before, r.changes.after]) {
      const id = side?.customerId;
      if (typeof id === "string" && isUuid(id)) sets.customer.add(id);
    }
  }
  return Object.fromEntries(TYPES.map((t) => [t, [...sets[t]]])) as Record<NamedType, string[]>;
}

const ids = (list: string[]) => sql`${`{${list.join(",")}}`}::uuid[]`;

/**
 * Human names for the records a page of audit rows points at, in one
 * statement whatever the page size: customers by name, lines by plan and
 * customer, invoices and receipts by number, the rest by name. Records
 * deleted since are simply missing (the sentence falls back to the row's own data).
 */
export async function auditEntityNames(tx: Tx, rows: readonly AuditRef[]): Promise<Map<string, AuditName>> {
  const want = idsByType(rows);
  if (TYPES.every((t) => want[t].length === 0)) return new Map();
  const result = rowsOf<Row>(
    await tx.execute(sql`
      select 'customer' as type, c.id::text as id, c.first_name || ' ' || c.last_name as label, null::text as customer_id, null::text as customer_name
        from customers c where c.id = any(${ids(want.customer)})
      union all
      select 'subscription', s.id::text, p.name, c.id::text, c.first_name || ' ' || c.last_name
        from subscriptions s join plans p on p.tenant_id = s.tenant_id and p.id = s.plan_id
        join customers c on c.tenant_id = s.tenant_id and c.id = s.customer_id
        where s.id = any(${ids(want.subscription)})
      union all
      select 'invoice', i.id::text, i.number, c.id::text, c.first_name || ' ' || c.last_name
        from invoices i join customers c on c.tenant_id = i.tenant_id and c.id = i.customer_id
        where i.id = any(${ids(want.invoice)})
      union all
      select 'payment', p.id::text, p.receipt_number, c.id::text, c.first_name || ' ' || c.last_name
        from payments p join customers c on c.tenant_id = p.tenant_id and c.id = p.customer_id
        where p.id = any(${ids(want.payment)})
      union all
      select 'plan', p.id::text, p.name, null, null from plans p where p.id = any(${ids(want.plan)})
      union all
      select 'barangay', b.id::text, b.name, null, null from barangays b where b.id = any(${ids(want.barangay)})
      union all
      select 'role', r.id::text, r.name, null, null from roles r where r.id = any(${ids(want.role)})
      union all
      select 'user', u.id::text, u.name, null, null from users u where u.id = any(${ids(want.user)})
      union all
      select 'work_item', w.id::text, w.kind, c.id::text, c.first_name || ' ' || c.last_name
        from work_items w join customers c on c.tenant_id = w.tenant_id and c.id = w.customer_id
        where w.id = any(${ids(want.work_item)})
      union all
      select 'outbox_message', m.id::text, m.channel, c.id::text, c.first_name || ' ' || c.last_name
        from outbox_messages m join customers c on c.tenant_id = m.tenant_id and c.id = m.customer_id
        where m.id = any(${ids(want.outbox_message)})
      union all
      select 'olt', o.id::text, o.name, null, null from olts o where o.id = any(${ids(want.olt)})
      union all
      select 'pon_port', pp.id::text, o.name || ' ' || pp.label, null, null
        from pon_ports pp join olts o on o.tenant_id = pp.tenant_id and o.id = pp.olt_id where pp.id = any(${ids(want.pon_port)})
      union all
      select 'lcp', l.id::text, l.code, null, null from lcps l where l.id = any(${ids(want.lcp)})
      union all
      select 'nap', n.id::text, n.code, null, null from naps n where n.id = any(${ids(want.nap)})
      union all
      select 'field_job', j.id::text, replace(j.kind, '_', ' '), c.id::text, c.first_name || ' ' || c.last_name
        from field_jobs j join customers c on c.tenant_id = j.tenant_id and c.id = j.customer_id
        where j.id = any(${ids(want.field_job)})
      union all
      select 'device', d.id::text, d.serial_number, null, null from devices d where d.id = any(${ids(want.device)})`),
  );
  return new Map(
    result.map((r) => [
      `${r.type}:${r.id}`,
      r.customer_id && r.customer_name ? { label: r.label, customer: { id: r.customer_id, name: r.customer_name } } : { label: r.label },
    ]),
  );
}
