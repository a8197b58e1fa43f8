import "server-only";
import { getConnection } from "./client";
import type { Tx } from "./types";
import { withTenantOn } from "./with-tenant";

/** Request code's only way into tenant data. */
export async function withTenant<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const { app } = await getConnection();
  return withTenantOn(app, tenantId, fn);
}
