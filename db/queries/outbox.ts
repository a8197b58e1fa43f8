import "server-only";
import { and, asc, count, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import { customers, outboxMessages, type OutboxStatus, type TemplateKey } from "../schema";
import { rowsOf } from "../rows";
import type { Tx } from "../types";

export type OutboxFilters = {
  q?: string;
  status?: OutboxStatus;
  channel?: "sms" | "email";
  template?: TemplateKey;
  /** Calendar dates (YYYY-MM-DD) in the tenant's time zone, both inclusive. */
  from?: string;
  to?: string;
  timeZone: string;
};

export type OutboxListQuery = OutboxFilters & { sort: "created" | "sent" | "attempts"; dir: "asc" | "desc"; page: number; pageSize: number };

function outboxWhere(f: OutboxFilters): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (f.q) {
    const term = `%${f.q.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    // Mobiles are stored as +639…; people type 09….
    where.push(
      or(
        sql`lower(${outboxMessages.recipient}) like ${term}`,
        sql`('0' || substr(${outboxMessages.recipient}, 4)) like ${term}`,
        sql`${customers.searchText} like ${term}`,
      ),
    );
  }
  if (f.status) where.push(eq(outboxMessages.status, f.status));
  if (f.channel) where.push(eq(outboxMessages.channel, f.channel));
  if (f.template) where.push(eq(outboxMessages.templateKey, f.template));
  // Midnight of the tenant's calendar day, as an instant.
  if (f.from) where.push(gte(outboxMessages.createdAt, sql`(${f.from}::date)::timestamp at time zone ${f.timeZone}`));
  if (f.to) where.push(lt(outboxMessages.createdAt, sql`(${f.to}::date + 1)::timestamp at time zone ${f.timeZone}`));
  const list = where.filter((w): w is SQL => w !== undefined);
  return list.length ? and(...list) : undefined;
}

function outboxOrder(sort: OutboxListQuery["sort"], dir: "asc" | "desc"): SQL[] {
  const d = dir === "desc" ? desc : asc;
  switch (sort) {
    case "sent":
      // Unsent messages last either way.
      return [dir === "desc" ? sql`${outboxMessages.sentAt} desc nulls last` : sql`${outboxMessages.sentAt} asc nulls last`, d(outboxMessages.createdAt), d(outboxMessages.id)];
    case "attempts":
      return [d(outboxMessages.attempts), d(outboxMessages.createdAt), d(outboxMessages.id)];
    default:
      return [d(outboxMessages.createdAt), d(outboxMessages.id)];
  }
}

const customerJoin = and(eq(customers.tenantId, outboxMessages.tenantId), eq(customers.id, outboxMessages.customerId));

/** One page of the outbox with the total for the pager. */
export async function listOutbox(tx: Tx, query: OutboxListQuery) {
  const where = outboxWhere(query);
  const rows = await tx
    .select({
      id: outboxMessages.id,
      channel: outboxMessages.channel,
      recipient: outboxMessages.recipient,
      customerId: outboxMessages.customerId,
      customerName: sql<string | null>`${customers.firstName} || ' ' || ${customers.lastName}`,
      accountNo: customers.accountNo,
      templateKey: outboxMessages.templateKey,
      subject: outboxMessages.subject,
      body: outboxMessages.body,
      status: outboxMessages.status,
      attempts: outboxMessages.attempts,
      nextAttemptAt: outboxMessages.nextAttemptAt,
      lastError: outboxMessages.lastError,
      sentAt: outboxMessages.sentAt,
      createdAt: outboxMessages.createdAt,
    })
    .from(outboxMessages)
    .leftJoin(customers, customerJoin)
    .where(where)
    .orderBy(...outboxOrder(query.sort, query.dir))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await tx.select({ n: count() }).from(outboxMessages).leftJoin(customers, customerJoin).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** How many messages are in each status (the page's summary). */
export async function outboxStatusCounts(tx: Tx): Promise<Record<OutboxStatus, number>> {
  const rows = await tx.select({ status: outboxMessages.status, n: count() }).from(outboxMessages).groupBy(outboxMessages.status);
  const out: Record<OutboxStatus, number> = { queued: 0, sent: 0, failed: 0, logged: 0 };
  for (const r of rows) out[r.status] = r.n;
  return out;
}

/** Messages due now (what "Send now" would pick up). */
export async function dueMessageCount(tx: Tx, now: Date): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.status, "queued"), sql`${outboxMessages.nextAttemptAt} <= ${now.toISOString()}::timestamptz`));
  return row?.n ?? 0;
}

export type RequeueResult = { id: string; status: OutboxStatus; attempts: number } | null;

/**
 * The retry button: a failed message, or a queued one waiting out its backoff
 * (it has an error), becomes due now. A message being sent right now (queued,
 * its error cleared by the sender's claim) and a sent or logged one are left
 * alone, so a retry can never send a message twice. The attempt count stays:
 * a retried failed message gets one more try, then is failed again.
 */
export async function requeueMessage(tx: Tx, { id, now }: { id: string; now: Date }): Promise<RequeueResult> {
  const [row] = rowsOf<{ id: string; status: OutboxStatus; attempts: number }>(
    await tx.execute(sql`
      update outbox_messages m
         set status = 'queued', next_attempt_at = ${now.toISOString()}::timestamptz
        from (select tenant_id, id, status from outbox_messages where id = ${id} for update) before
       where m.tenant_id = before.tenant_id and m.id = before.id
         and (m.status = 'failed' or (m.status = 'queued' and m.last_error is not null))
   returning m.id, before.status, m.attempts`),
  );
  return row ?? null;
}
