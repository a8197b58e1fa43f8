import { Redis } from "@upstash/redis";
import type { CounterStore } from "./store";

const DECREMENT_IF_POSITIVE = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then return redis.call('DECR', KEYS[1]) end
return 0`;

/** The same counters in Upstash Redis: INCR, then PEXPIRE when the key is new (one round trip via pipeline). */
export class UpstashCounterStore implements CounterStore {
  private readonly redis: Redis;
  constructor(url: string, token: string, private readonly prefix = "fiberbill:") {
    this.redis = new Redis({ url, token });
  }

  async increment(key: string, windowSeconds: number) {
    const k = this.prefix + key;
    const [count, ttl] = await this.redis.pipeline().incr(k).pttl(k).exec<[number, number]>();
    let ttlMs = ttl;
    if (ttl < 0) {
      await this.redis.pexpire(k, windowSeconds * 1000);
      ttlMs = windowSeconds * 1000;
    }
    return { count, resetAt: Date.now() + ttlMs };
  }

  async decrement(key: string) {
    // DECR on a key that expired would create it without a TTL at -1: only where it still counts.
    await this.redis.eval(DECREMENT_IF_POSITIVE, [this.prefix + key], []);
  }

  async get(key: string) {
    const k = this.prefix + key;
    const [count, ttl] = await this.redis.pipeline().get(k).pttl(k).exec<[number | null, number]>();
    if (count === null || ttl < 0) return null;
    return { count: Number(count), resetAt: Date.now() + ttl };
  }

  async reset(key: string) {
    await this.redis.del(this.prefix + key);
  }
}
