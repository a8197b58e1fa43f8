import { sql } from "drizzle-orm";
import type { Database, Tx } from "./types";
import { isUuid } from "@/lib/uuid";


/**
 * Runs fn in a transaction whose tenant context is `tenantId`. The setting is
 * transaction-local (set_config(..., true)), so it ends with the transaction
 * and never leaks to the next user of a pooled connection.
 */
export async function withTenantOn<T>(db: Database, tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!isUuid(tenantId)) throw new Error("withTenant: tenant id must be a uuid");
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
    return fn(tx);
  });
}
