import { sql } from "drizzle-orm";
import type { Tx } from "@/db/types";

/**
 * Money meets open invoices in two ways: a payment allocates itself when it
 * is posted, and applyCredits puts unallocated money (an overpayment, money a
 * void freed) on open invoices, after a billing run and after a payment void.
 * Each sees only what was committed before it looked, so a payment posted
 * while a billing run's transaction is open could miss the run's invoices
 * while the run missed the payment: credit left beside an unpaid invoice.
 *
 * One lock per tenant closes that gap: posting a payment holds it shared (so
 * cashiers never wait for each other), applying credits holds it exclusive
 * until its transaction ends. A payment therefore either commits before the
 * run applies credits (and the run sees it) or starts after the run committed
 * (and sees the run's invoices). The run takes it only for its last step, so
 * a payment waits at most for that, not for the whole run.
 */
function lockKey(tenantId: string) {
  return sql`hashtextextended(${`fiberbill.credits:${tenantId}`}, 0)`;
}

export async function lockCreditsShared(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${lockKey(tenantId)})`);
}

/** Taken before touching allocations or invoice balances, so a transaction never waits for it while holding rows a payment needs. */
export async function lockCreditsExclusive(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${lockKey(tenantId)})`);
}
