import type { CounterStore } from "./store";

/**
 * Password guesses are slowed twice:
 *
 * - per IP: at most `ip.max` attempts that did not succeed in a window
 *   (slows one machine spraying many accounts);
 * - per account: `account.free` attempts at once, then each further attempt
 *   waits a delay that doubles (30 s, 1 min, 2 min, ... at most 15 min).
 *   There is no hard lock, so a stranger typing wrong passwords cannot keep
 *   the owner out for long; and a device that signed in to the account
 *   before (a known-device cookie, see lib/auth/known-device.ts) counts its
 *   attempts apart from everyone else's, so a stranger's failures do not
 *   slow the owner's own phone or PC at all (OWASP's device-cookie pattern).
 *
 * An attempt is counted before its password is checked (reserve), so parallel
 * guesses cannot all pass the gate while the slow check runs: the first
 * `account.free` are checked at once, and of the rest only one may take the
 * next delayed turn. A success clears its bucket; an attempt turned away is
 * taken back.
 */
export const LOGIN_LIMITS = {
  ip: { max: 30, windowSeconds: 15 * 60 },
  account: { free: 5, windowSeconds: 60 * 60, firstDelaySeconds: 30, maxDelaySeconds: 15 * 60 },
} as const;

/** The wait after the n-th attempt in a bucket: none for the free ones, then 30 s, doubling, capped. */
export function delayAfterAttempt(n: number): number {
  const { free, firstDelaySeconds, maxDelaySeconds } = LOGIN_LIMITS.account;
  if (n < free) return 0;
  return Math.min(firstDelaySeconds * 2 ** (n - free), maxDelaySeconds);
}

/** A reserved attempt: check the password, then tell the limiter how it went. */
export type LoginAttempt = {
  allowed: true;
  /** This attempt's number in its bucket's window (1 = the first). */
  ordinal: number;
  /** Whether it is counted in a known device's own bucket. */
  knownDevice: boolean;
  keys: { ip: string; bucket: string; hold: string };
};
export type LoginGate = LoginAttempt | { allowed: false; retryAfterSeconds: number };

export class LoginLimiter {
  constructor(
    private readonly store: CounterStore,
    private readonly now: () => number = Date.now,
  ) {}

  private keys(ip: string, account: string, deviceId: string | null) {
    const a = account.toLowerCase();
    const bucket = deviceId ? `login:device:${a}:${deviceId}` : `login:acct:${a}`;
    return { ip: `login:ip:${ip}`, bucket, hold: `${bucket}:hold` };
  }

  private wait(resetAt: number): { allowed: false; retryAfterSeconds: number } {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - this.now()) / 1000)) };
  }

  /**
   * Counts an attempt on `account` from `ip` before its password is checked,
   * or says how long to wait. `deviceId` is the verified known-device cookie's
   * id for this account, if the request has one.
   */
  async reserve(ip: string, account: string, deviceId: string | null = null): Promise<LoginGate> {
    const keys = this.keys(ip, account, deviceId);
    const byIp = await this.store.increment(keys.ip, LOGIN_LIMITS.ip.windowSeconds);
    if (byIp.count > LOGIN_LIMITS.ip.max) {
      await this.store.decrement(keys.ip);
      return this.wait(byIp.resetAt);
    }
    const hold = await this.store.get(keys.hold);
    if (hold) {
      await this.store.decrement(keys.ip);
      return this.wait(hold.resetAt);
    }
    const { count: ordinal } = await this.store.increment(keys.bucket, LOGIN_LIMITS.account.windowSeconds);
    const delay = delayAfterAttempt(ordinal);
    if (delay > 0) {
      // Past the free attempts, one attempt at a time takes a turn: whoever
      // starts the hold goes on; the next may try once the hold has passed.
      const turn = await this.store.increment(keys.hold, delay);
      if (turn.count > 1) {
        await Promise.all([this.store.decrement(keys.bucket), this.store.decrement(keys.ip)]);
        return this.wait(turn.resetAt);
      }
    }
    return { allowed: true, ordinal, knownDevice: deviceId !== null, keys };
  }

  /** The password was right: this bucket starts over, and the attempt does not count against the IP. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await Promise.all([this.store.reset(attempt.keys.bucket), this.store.reset(attempt.keys.hold), this.store.decrement(attempt.keys.ip)]);
  }
}

/** "Too many failed sign-in attempts. Try again in 2 minutes." */
export function retryMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
