import type { CounterStore } from "./store";

export type WindowLimit = { key: string; max: number; windowSeconds: number };

/**
 * Counts one hit against every limit and answers with the longest wait if any
 * limit is exceeded (null: go ahead). Every counter is raised, also when an
 * earlier one is already over, so spreading hits over several keys does not
 * save any of them.
 */
export async function hitLimits(store: CounterStore, limits: readonly WindowLimit[], now = Date.now()): Promise<{ retryAfterSeconds: number } | null> {
  let wait = 0;
  for (const limit of limits) {
    const { count, resetAt } = await store.increment(limit.key, limit.windowSeconds);
    if (count > limit.max) wait = Math.max(wait, Math.ceil((resetAt - now) / 1000));
  }
  return wait > 0 ? { retryAfterSeconds: Math.max(1, wait) } : null;
}

/** "Too many attempts. Try again in 3 minutes." */
export function waitMessage(retryAfterSeconds: number, what = "attempts"): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many ${what}. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
