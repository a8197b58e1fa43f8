import { auditLog } from "@/db/schema";
import type { Tx } from "@/db/types";

/** Who is acting and from where; filled from the session and request headers. */
export type Actor = { tenantId: string; userId: string | null; ip: string | null; userAgent: string | null };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
};

/** Keeps only the fields whose values differ, so an edit's audit row shows what changed. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}

/** Writes the audit row in the caller's transaction, so it commits or rolls back with the change. */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  const changes: { before?: Record<string, unknown>; after?: Record<string, unknown> } = {};
  if (entry.before) changes.before = entry.before;
  if (entry.after) changes.after = entry.after;
  await tx.insert(auditLog).values({
    tenantId: actor.tenantId,
    userId: actor.userId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    changes,
    ip: actor.ip,
    userAgent: actor.userAgent?.slice(0, 500) ?? null,
  });
}
