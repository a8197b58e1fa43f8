import { env } from "@/lib/env";
import { MemoryCounterStore, type CounterStore } from "./store";
import { UpstashCounterStore } from "./upstash-store";

const key = Symbol.for("fiberbill.counter-store");
type G = typeof globalThis & { [key]?: CounterStore };

export function counterStore(): CounterStore {
  const g = globalThis as G;
  g[key] ??=
    env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN
      ? new UpstashCounterStore(env.UPSTASH_REDIS_REST_URL, env.UPSTASH_REDIS_REST_TOKEN)
      : new MemoryCounterStore();
  return g[key];
}
