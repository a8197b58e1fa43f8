import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";

/**
 * What checking a plant file needs from the tenant: its barangays, LCP codes
 * (with how many NAPs each feeds), NAP codes and PON ports. Row-level security
 * scopes every query; a whole plant is a few thousand short rows.
 */
export async function plantImportLookups(tx: Tx) {
  const barangays = rowsOf<{ id: string; name: string; city: string }>(await tx.execute(sql`select id, name, city from barangays`));
  const lcps = rowsOf<{ id: string; code: string; splitterRatio: number; naps: number }>(
    await tx.execute(sql`
      select l.id, l.code, l.splitter_ratio as "splitterRatio", (select count(*)::int from naps n where n.lcp_id = l.id) as naps
      from lcps l`),
  );
  const napCodes = rowsOf<{ code: string }>(await tx.execute(sql`select code from naps`)).map((r) => r.code);
  const ponPorts = rowsOf<{ id: string; label: string; olt: string }>(
    await tx.execute(sql`select p.id, p.label, o.name as olt from pon_ports p join olts o on o.id = p.olt_id`),
  );
  return { barangays, lcps, napCodes, ponPorts };
}

/** The NAPs (with their ports) and customers (with their connectable lines) a file of port assignments names. */
export async function assignmentImportLookups(tx: Tx, napCodes: readonly string[], accountNos: readonly string[]) {
  // One bound JSON parameter per list, however long.
  const naps = rowsOf<{ code: string; splitterRatio: number; ports: { id: string; portNumber: number; state: "free" | "reserved" | "in_use" | "faulty"; accountNo: string | null }[] }>(
    await tx.execute(sql`
      select n.code, n.splitter_ratio as "splitterRatio",
        coalesce((select json_agg(json_build_object('id', p.id, 'portNumber', p.port_number, 'state', p.state, 'accountNo', c.account_no) order by p.port_number)
          from nap_ports p
          left join subscriptions s on s.id = p.subscription_id
          left join customers c on c.id = s.customer_id
          where p.nap_id = n.id), '[]'::json) as ports
      from naps n
      where lower(n.code) in (select lower(trim(v)) from jsonb_array_elements_text(${JSON.stringify(napCodes)}::jsonb) as v)`),
  );
  const customers = rowsOf<{ accountNo: string; name: string; lines: { subscriptionId: string; plan: string; label: string; connectedAt: string | null }[] }>(
    await tx.execute(sql`
      select c.account_no as "accountNo", trim(c.first_name || ' ' || c.last_name) as name,
        coalesce((select json_agg(json_build_object('subscriptionId', s.id, 'plan', pl.name, 'label', s.label,
            'connectedAt', (select n.code || ' port ' || p.port_number from nap_ports p join naps n on n.id = p.nap_id
              where p.subscription_id = s.id and p.state = 'in_use'))
          order by s.created_at)
          from subscriptions s join plans pl on pl.id = s.plan_id
          where s.customer_id = c.id and s.status in ('active', 'suspended')), '[]'::json) as lines
      from customers c
      where lower(c.account_no) in (select lower(trim(v)) from jsonb_array_elements_text(${JSON.stringify(accountNos)}::jsonb) as v)`),
  );
  return { naps, customers };
}

/**
 * Puts each line on its port, set-based, only where the port is still free:
 * returns how many were set (fewer than asked means someone took a port in
 * the meantime, and the caller rolls back).
 */
export async function assignImportedPorts(tx: Tx, rows: readonly { portId: string; subscriptionId: string }[], note: string): Promise<number> {
  if (rows.length === 0) return 0;
  const set = rowsOf<{ id: string }>(
    await tx.execute(sql`
      update nap_ports p set state = 'in_use', subscription_id = x."subscriptionId", note = ${note}, updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x("portId" uuid, "subscriptionId" uuid)
      where p.id = x."portId" and p.state = 'free'
      returning p.id`),
  );
  return set.length;
}
