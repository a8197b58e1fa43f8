import { sql } from "drizzle-orm";
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

/**
 * Writes one audit row in the caller's transaction. Writers made by
 * auditWriter() also have `many`, which writes a batch in one statement
 * (a set-based step's thousand rows); a writer made by hand lacks it, and
 * auditAll() then writes the rows one by one, the same rows.
 */
export type AuditWriter = ((entry: AuditEntry) => Promise<void>) & { many?: (entries: readonly AuditEntry[]) => Promise<void> };

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

function changesOf(entry: AuditEntry): { before?: Record<string, unknown>; after?: Record<string, unknown> } {
  const changes: { before?: Record<string, unknown>; after?: Record<string, unknown> } = {};
  if (entry.before) changes.before = entry.before;
  if (entry.after) changes.after = entry.after;
  return changes;
}

/** Writes the audit row in the caller's transaction, so it commits or rolls back with the change. */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  const changes = changesOf(entry);
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

const BATCH = 5000;

/** The rows recordAudit would write for each entry, in one statement per few thousand (one bound JSON parameter each). */
export async function recordAudits(tx: Tx, actor: Actor, entries: readonly AuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += BATCH) {
    const rows = entries.slice(i, i + BATCH).map((e, n) => ({ action: e.action, entity_type: e.entityType, entity_id: e.entityId ?? null, changes: changesOf(e), n }));
    await tx.execute(sql`
      insert into audit_log (tenant_id, user_id, action, entity_type, entity_id, changes, ip, user_agent)
      select ${actor.tenantId}::uuid, ${actor.userId}::uuid, r.action, r.entity_type, r.entity_id, r.changes, ${actor.ip}, ${actor.userAgent?.slice(0, 500) ?? null}
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(action text, entity_type text, entity_id text, changes jsonb, n int)
      order by r.n`);
  }
}

/** An audit writer for a transaction and actor, with the batch form. */
export function auditWriter(tx: Tx, actor: Actor): AuditWriter {
  return Object.assign((entry: AuditEntry) => recordAudit(tx, actor, entry), { many: (entries: readonly AuditEntry[]) => recordAudits(tx, actor, entries) });
}

/** Writes entries through a writer: in batches when it has `many`, else one by one. */
export async function auditAll(audit: AuditWriter, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  if (audit.many) return audit.many(entries);
  for (const entry of entries) await audit(entry);
}
