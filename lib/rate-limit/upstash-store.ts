import { Redis } from "@upstash/redis";
import type { CounterStore } from "./store";

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
