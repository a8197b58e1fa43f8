import { sql, type SQL } from "drizzle-orm";

/**
 * A list of uuids as ONE bind parameter (a jsonb array), for `in (...)`:
 * a list with a parameter per id breaks past 65,535 ids, which a tenant of
 * 100,000 customers reaches.
 */
export function uuidList(ids: readonly string[]): SQL {
  return sql`(select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid)`;
}
