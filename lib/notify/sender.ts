import { sql, type SQL } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Database } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { env } from "@/lib/env";
import { providersFromEnv, type Providers } from "./providers";
import type { Delivery } from "./providers/types";

/**
 * The outbox sender. Messages are written by the change that causes them
 * (lib/notify/queue.ts); this delivers the due ones:
 *
 * 1. Claim: a short tenant transaction picks due rows (queued, next attempt
 *    reached) with FOR UPDATE SKIP LOCKED, counts the attempt and pushes the
 *    next attempt out by a lease, so a concurrent sender skips them both while
 *    the transaction runs and after it commits.
 * 2. Send each one outside any transaction (a slow provider holds no lock).
 * 3. Record the outcome in its own short transaction: sent (with the
 *    provider's id), or the error and a retry after an exponential backoff,
 *    or "failed" after MAX_ATTEMPTS (the outbox's retry button requeues).
 *
 * Delivery is at least once, not exactly once: if the process dies after the
 * provider accepted a message and before step 3 commits, the lease runs out
 * and the message is sent again. That window is one HTTP round trip per
 * message; closing it would need the provider to deduplicate on our id,
 * which Semaphore's send API does not offer. A message is never sent twice
 * otherwise: the dedupe key keeps one row per invoice and reason, and a row
 * marked sent is never claimed again.
 */

export const MAX_ATTEMPTS = 6;
/** How long a claimed message is left alone by other senders; longer than a batch can take (see sendBudgetLeft). */
export const LEASE_MS = 10 * 60_000;
/** Stop starting sends this long before the lease ends: one send may take up to the provider timeout. */
const LEASE_MARGIN_MS = 2 * 60_000;
const DEFAULT_LIMIT = 100;
/** The demo ISP's customers have real-looking mobiles: nothing it queues ever leaves the building. */
export const DEMO_TENANT_SLUG = "demo";

export type DeliveryCounts = { sent: number; logged: number; retried: number; failed: number };
/** quiet: no console line for logged messages (the demo seed logs thousands while it replays its history). */
export type DeliverOptions = { now?: Date; limit?: number; providers?: Providers; quiet?: boolean };

/** Wait after the n-th failed attempt: 1, 2, 4, 8, 16 minutes, then 16. */
export function retryDelayMs(attempt: number): number {
  return Math.min(2 ** Math.max(0, attempt - 1), 16) * 60_000;
}

type Channel = "sms" | "email";
type Claimed = { id: string; channel: Channel; recipient: string; subject: string | null; body: string; attempts: number };

const CHANNELS: readonly Channel[] = ["sms", "email"];

/** Delivers up to `limit` due messages of one tenant; see the note at the top. */
export async function deliverDueMessages(db: Database, tenantId: string, opts: DeliverOptions = {}): Promise<DeliveryCounts> {
  const now = opts.now ?? new Date();
  const providers = opts.providers ?? providersFromEnv(env);
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const counts: DeliveryCounts = { sent: 0, logged: 0, retried: 0, failed: 0 };
  const at = now.toISOString();

  const { logged, claimed } = await withTenantOn(db, tenantId, async (tx) => {
    const [tenant] = rowsOf<{ slug: string }>(await tx.execute(sql`select slug from tenants where id = ${tenantId}`));
    const demo = tenant?.slug === DEMO_TENANT_SLUG;
    const logOnly = CHANNELS.filter((c) => demo || !providers[c]);
    const sendable = CHANNELS.filter((c) => !logOnly.includes(c));
    const due = (channels: readonly Channel[]) =>
      sql`tenant_id = ${tenantId} and status = 'queued' and next_attempt_at <= ${at}::timestamptz and channel in (${sql.join(
        channels.map((c) => sql`${c}`),
        sql`, `,
      )})`;

    // Channels with nothing to send through: keep the messages as logged, all at once (nothing leaves the server).
    const loggedRows =
      logOnly.length === 0
        ? []
        : rowsOf<{ channel: Channel }>(
            await tx.execute(sql`
              with due as (select id from outbox_messages where ${due(logOnly)} for update skip locked)
              update outbox_messages m
                 set status = 'logged', attempts = m.attempts + 1, sent_at = ${at}::timestamptz, last_error = null
                from due
               where m.tenant_id = ${tenantId} and m.id = due.id
           returning m.channel`),
          );

    // last_error is cleared while a message is out: it marks the row as in flight (the retry button leaves those alone).
    const claimedRows =
      sendable.length === 0 || limit <= 0
        ? []
        : rowsOf<Claimed>(
            await tx.execute(sql`
              with due as (
                select id from outbox_messages where ${due(sendable)}
                 order by next_attempt_at, created_at
                 limit ${limit}
                 for update skip locked
              )
              update outbox_messages m
                 set attempts = m.attempts + 1,
                     next_attempt_at = ${at}::timestamptz + make_interval(secs => ${LEASE_MS / 1000}),
                     last_error = null
                from due
               where m.tenant_id = ${tenantId} and m.id = due.id
           returning m.id, m.channel, m.recipient, m.subject, m.body, m.attempts`),
          );
    return { logged: loggedRows, claimed: claimedRows };
  });

  counts.logged = logged.length;
  for (const channel of CHANNELS) {
    const n = logged.filter((r) => r.channel === channel).length;
    if (n > 0 && !opts.quiet) console.info(`[notify] ${n} ${channel} message(s) kept as logged: ${providers[channel] ? "demo workspace" : `no ${channel} provider configured`}`);
  }

  const started = performance.now();
  for (let i = 0; i < claimed.length; i++) {
    const message = claimed[i]!;
    if (performance.now() - started > LEASE_MS - LEASE_MARGIN_MS) {
      await releaseUnsent(db, tenantId, claimed.slice(i), at);
      break;
    }
    let outcome: { ok: true; delivery: Delivery } | { ok: false; error: string };
    try {
      outcome = { ok: true, delivery: await send(providers, message) };
    } catch (error) {
      outcome = { ok: false, error: errorText(error) };
    }
    if (outcome.ok) {
      await record(db, tenantId, sql`status = 'sent', sent_at = ${at}::timestamptz, provider_ref = ${outcome.delivery.ref}, last_error = null`, message, false);
      counts.sent += 1;
    } else if (message.attempts >= MAX_ATTEMPTS) {
      await record(db, tenantId, sql`status = 'failed', next_attempt_at = ${at}::timestamptz, last_error = ${outcome.error}`, message, true);
      counts.failed += 1;
    } else {
      const next = new Date(now.getTime() + retryDelayMs(message.attempts)).toISOString();
      await record(db, tenantId, sql`next_attempt_at = ${next}::timestamptz, last_error = ${outcome.error}`, message, true);
      counts.retried += 1;
    }
  }
  return counts;
}

async function send(providers: Providers, message: Claimed): Promise<Delivery> {
  if (message.channel === "sms") {
    if (!providers.sms) throw new Error("no SMS provider");
    return providers.sms.send({ to: message.recipient, text: message.body });
  }
  if (!providers.email) throw new Error("no email provider");
  return providers.email.send({ to: message.recipient, subject: message.subject ?? "", text: message.body });
}

/**
 * Writes a send's outcome. A success is recorded whatever happened to the
 * row meanwhile (it was sent); a failure only if the row is still this
 * sender's claim, so a late answer never reschedules a row that another
 * sender or a person has taken over.
 */
async function record(db: Database, tenantId: string, set: SQL, message: Claimed, onlyIfStillClaimed: boolean): Promise<void> {
  const guard = onlyIfStillClaimed ? sql` and attempts = ${message.attempts}` : sql``;
  const rows = await withTenantOn(db, tenantId, async (tx) =>
    rowsOf(await tx.execute(sql`update outbox_messages set ${set} where tenant_id = ${tenantId} and id = ${message.id} and status = 'queued'${guard} returning 1`)),
  );
  if (rows.length === 0) console.warn(`[notify] outbox message ${message.id} changed while it was being sent; its outcome was not recorded over it`);
}

/** Claimed messages this run has no time left for: due again now, their attempt not counted. */
async function releaseUnsent(db: Database, tenantId: string, rows: Claimed[], at: string): Promise<void> {
  await withTenantOn(db, tenantId, async (tx) => {
    for (const m of rows) {
      await tx.execute(sql`
        update outbox_messages set attempts = attempts - 1, next_attempt_at = ${at}::timestamptz
         where tenant_id = ${tenantId} and id = ${m.id} and status = 'queued' and attempts = ${m.attempts}`);
    }
  });
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text || "unknown error").slice(0, 500);
}

/**
 * Delivers batch after batch until nothing more is due (messages waiting out
 * a retry's backoff are not due, so this ends): what a replay of days or the
 * command line wants; the scheduled sender takes one batch per call.
 */
export async function deliverAllDue(db: Database, tenantId: string, opts: DeliverOptions = {}): Promise<DeliveryCounts> {
  const total: DeliveryCounts = { sent: 0, logged: 0, retried: 0, failed: 0 };
  for (;;) {
    const batch = await deliverDueMessages(db, tenantId, opts);
    for (const k of Object.keys(total) as (keyof DeliveryCounts)[]) total[k] += batch[k];
    if (batch.sent + batch.logged + batch.retried + batch.failed === 0) return total;
  }
}
