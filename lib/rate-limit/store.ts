/**
 * Counters with an expiry: failed logins, look-ups per IP, used one-time tokens.
 * Upstash Redis when configured (shared by every server instance), otherwise
 * process memory (fine for one server and for development).
 */
export interface CounterStore {
  /** Adds one to `key` and returns the new count; the window starts at the first hit. */
  increment(key: string, windowSeconds: number): Promise<{ count: number; resetAt: number }>;
  /** Takes one back (a reserved attempt that was not used); never below zero, keeps the window. */
  decrement(key: string): Promise<void>;
  get(key: string): Promise<{ count: number; resetAt: number } | null>;
  reset(key: string): Promise<void>;
}

export class MemoryCounterStore implements CounterStore {
  private readonly counters = new Map<string, { count: number; resetAt: number }>();
  constructor(private readonly now: () => number = Date.now) {}

  async increment(key: string, windowSeconds: number) {
    const now = this.now();
    const current = this.counters.get(key);
    const next =
      current && current.resetAt > now
        ? { count: current.count + 1, resetAt: current.resetAt }
        : { count: 1, resetAt: now + windowSeconds * 1000 };
    this.counters.set(key, next);
    if (this.counters.size > 50_000) this.sweep(now);
    return next;
  }

  async decrement(key: string) {
    const current = this.counters.get(key);
    if (current && current.resetAt > this.now() && current.count > 0) this.counters.set(key, { ...current, count: current.count - 1 });
  }

  async get(key: string) {
    const current = this.counters.get(key);
    if (!current || current.resetAt <= this.now()) return null;
    return current;
  }

  async reset(key: string) {
    this.counters.delete(key);
  }

  private sweep(now: number) {
    for (const [k, v] of this.counters) if (v.resetAt <= now) this.counters.delete(k);
  }
}
