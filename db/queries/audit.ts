import { and, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { auditLog, users } from "../schema";
import type { Tx } from "../types";

export type AuditFilters = {
  userId?: string;
  entityType?: string;
  action?: string;
  /** Calendar dates (YYYY-MM-DD) in the tenant's time zone, both inclusive. */
  from?: string;
  to?: string;
  timeZone: string;
};

export const AUDIT_PAGE_SIZE = 50;

function conditions(f: AuditFilters): SQL[] {
  const where: SQL[] = [];
  if (f.userId) where.push(eq(auditLog.userId, f.userId));
  if (f.entityType) where.push(eq(auditLog.entityType, f.entityType));
  if (f.action) where.push(eq(auditLog.action, f.action));
  // Midnight of the tenant's calendar day, as an instant.
  if (f.from) where.push(gte(auditLog.createdAt, sql`(${f.from}::date)::timestamp at time zone ${f.timeZone}`));
  if (f.to) where.push(lt(auditLog.createdAt, sql`(${f.to}::date + 1)::timestamp at time zone ${f.timeZone}`));
  return where;
}

/** One page of the audit log, newest first, with the total for the pager. */
export async function listAuditLog(tx: Tx, filters: AuditFilters, page: number) {
  const where = and(...conditions(filters));
  const rows = await tx
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      changes: auditLog.changes,
      ip: auditLog.ip,
      userAgent: auditLog.userAgent,
      userName: users.name,
      userEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, and(eq(users.tenantId, auditLog.tenantId), eq(users.id, auditLog.userId)))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  const [total] = await tx.select({ n: count() }).from(auditLog).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The values the filter menus offer. */
export async function auditFilterOptions(tx: Tx) {
  // One after another: a transaction is one connection.
  const actions = await tx.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  const entities = await tx.selectDistinct({ v: auditLog.entityType }).from(auditLog).orderBy(auditLog.entityType);
  const people = await tx.select({ id: users.id, name: users.name }).from(users).orderBy(users.name);
  return { actions: actions.map((a) => a.v), entityTypes: entities.map((e) => e.v), users: people };
}

/** A customer's activity: audit rows of the customer and of its subscriptions, newest first. */
export async function auditForCustomer(tx: Tx, { customerId, limit = 50 }: { customerId: string; limit?: number }) {
  return tx
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      entityType: auditLog.entityType,
      changes: auditLog.changes,
      userName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, and(eq(users.tenantId, auditLog.tenantId), eq(users.id, auditLog.userId)))
    .where(
      sql`(${auditLog.entityType} = 'customer' and ${auditLog.entityId} = ${customerId})
        or (${auditLog.entityType} = 'subscription' and ${auditLog.entityId} in
          (select s.id::text from subscriptions s where s.customer_id = ${customerId}))`,
    )
    .orderBy(desc(auditLog.createdAt))
    .limit(limit);
}
