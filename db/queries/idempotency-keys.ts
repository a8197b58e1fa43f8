import { and, eq, sql } from "drizzle-orm";
import { idempotencyKeys } from "../schema";
import type { Tx } from "../types";

export type ClaimedKey = { claimed: true } | { claimed: false; action: string; fingerprint: string; result: unknown };

/**
 * Claims a form's key for this transaction. A key another transaction holds
 * makes this insert wait until that one ends: committed, the key is taken
 * and its row (with the first result) is read back; rolled back, the key is
 * this transaction's.
 */
export async function claimIdempotencyKey(
  tx: Tx,
  claim: { tenantId: string; key: string; action: string; fingerprint: string; userId: string },
): Promise<ClaimedKey> {
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({ tenantId: claim.tenantId, key: claim.key, action: claim.action, fingerprint: claim.fingerprint, userId: claim.userId })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return { claimed: true };
  const [row] = await tx
    .select({ action: idempotencyKeys.action, fingerprint: idempotencyKeys.fingerprint, result: idempotencyKeys.result })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.tenantId, claim.tenantId), eq(idempotencyKeys.key, claim.key)));
  if (!row) throw new Error("idempotency key conflicted but cannot be read");
  return { claimed: false, ...row };
}

/** The action's result, kept with its key in the same transaction as its work. */
export async function saveIdempotentResult(tx: Tx, { tenantId, key, result }: { tenantId: string; key: string; result: unknown }): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ result: sql`${JSON.stringify(result ?? null)}::jsonb` })
    .where(and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.key, key)));
}
