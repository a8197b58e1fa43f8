import type { ChildProcess } from "node:child_process";
import path from "node:path";

/** The request header the timing hook looks for, and the hook itself (see server-timing.mjs). */
export const BENCH_REQUEST_HEADER = "x-bench-request";
export const SERVER_TIMING_HOOK = path.join(import.meta.dirname, "server-timing.mjs");

type Report = { benchRequest: string; ms: number };
const isReport = (m: unknown): m is Report => typeof m === "object" && m !== null && "benchRequest" in m && "ms" in m;

/**
 * Server-side times reported by the hook in a `next start` spawned with an IPC
 * channel. `headers()` tags one request; `serverMs()` waits for its report.
 */
export function serverTimings(child: ChildProcess) {
  const reported = new Map<string, number>();
  const waiting = new Map<string, (ms: number) => void>();
  child.on("message", (m) => {
    if (!isReport(m)) return;
    const resolve = waiting.get(m.benchRequest);
    if (resolve) {
      waiting.delete(m.benchRequest);
      resolve(m.ms);
    } else reported.set(m.benchRequest, m.ms);
  });
  let seq = 0;
  return {
    tag(): { id: string; headers: Record<string, string> } {
      const id = String(++seq);
      return { id, headers: { [BENCH_REQUEST_HEADER]: id } };
    },
    serverMs(id: string, timeoutMs = 10_000): Promise<number> {
      const ms = reported.get(id);
      if (ms !== undefined) {
        reported.delete(id);
        return Promise.resolve(ms);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no server time for request ${id}: is the timing hook loaded?`)), timeoutMs);
        waiting.set(id, (v) => {
          clearTimeout(timer);
          resolve(v);
        });
      });
    },
  };
}
