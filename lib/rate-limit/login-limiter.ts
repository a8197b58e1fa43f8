import type { CounterStore } from "./store";

/**
 * Failed sign-ins are limited twice: per account (slows a guesser aimed at one
 * person) and per IP (slows one machine spraying many accounts). Success clears
 * the account's count.
 */
export const LOGIN_LIMITS = {
  account: { max: 5, windowSeconds: 15 * 60 },
  ip: { max: 30, windowSeconds: 15 * 60 },
} as const;

export type LoginGate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class LoginLimiter {
  constructor(
    private readonly store: CounterStore,
    private readonly now: () => number = Date.now,
  ) {}

  private keys(ip: string, account: string) {
    return { ip: `login:ip:${ip}`, account: `login:acct:${account.toLowerCase()}` };
  }

  async check(ip: string, account: string): Promise<LoginGate> {
    const k = this.keys(ip, account);
    const [byIp, byAccount] = await Promise.all([this.store.get(k.ip), this.store.get(k.account)]);
    const blocked = [
      byIp && byIp.count >= LOGIN_LIMITS.ip.max ? byIp.resetAt : 0,
      byAccount && byAccount.count >= LOGIN_LIMITS.account.max ? byAccount.resetAt : 0,
    ];
    const until = Math.max(...blocked);
    if (until > 0) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - this.now()) / 1000)) };
    return { allowed: true };
  }

  async recordFailure(ip: string, account: string): Promise<void> {
    const k = this.keys(ip, account);
    await Promise.all([
      this.store.increment(k.ip, LOGIN_LIMITS.ip.windowSeconds),
      this.store.increment(k.account, LOGIN_LIMITS.account.windowSeconds),
    ]);
  }

  async recordSuccess(ip: string, account: string): Promise<void> {
    await this.store.reset(this.keys(ip, account).account);
  }
}

/** "Too many failed sign-ins. Try again in 14 minutes." */
export function retryMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
