import { sql } from "drizzle-orm";
import type { Database, Tx } from "./types";
import { isUuid } from "@/lib/uuid";

/**
 * Runs fn in a transaction whose tenant context is `tenantId`. The setting is
 * transaction-local, so it ends with the transaction and never leaks to the
 * next user of a pooled connection.
 */
export async function withTenantOn<T>(db: Database, tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!isUuid(tenantId)) throw new Error("withTenant: tenant id must be a uuid");
  return db.transaction(async (tx) => {
    await setTenantContext(tx, tenantId);
    return fn(tx);
  });
}

/**
 * Sets app.tenant_id for the rest of the transaction `tx`, the setting every
 * row-level security policy reads.
 *
 * `SET LOCAL`, not `set_config(..., true)`: the two are the same on one
 * PostgreSQL, but Citus forwards SET LOCAL to the workers that hold the
 * tenant's shards (citus.propagate_set_commands = 'local') and does not
 * forward set_config, so on a distributed database only SET LOCAL reaches the
 * policies (docs/scaling.md). SET takes no bind parameter, so this is the one
 * place a value is spliced into SQL: it must be a uuid, whose characters
 * (hex digits and hyphens) cannot end the quoted literal.
 */
export async function setTenantContext(tx: Tx, tenantId: string): Promise<void> {
  if (!isUuid(tenantId)) throw new Error("withTenant: tenant id must be a uuid");
  await tx.execute(sql.raw(`SET LOCAL app.tenant_id = '${tenantId.toLowerCase()}'`));
}
