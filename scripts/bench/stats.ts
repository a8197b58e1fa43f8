/** Nearest-rank percentile of a sample (p in 0..100), in the sample's unit. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/**
 * Runs each function once per round, in turn: `warmUp` rounds unmeasured, then
 * `runs` measured ones. Returns each function's milliseconds per run.
 */
export async function timeInterleaved<const F extends readonly (() => Promise<unknown>)[]>(
  fns: F,
  runs: number,
  warmUp: number,
): Promise<{ [K in keyof F]: number[] }> {
  const times = fns.map(() => [] as number[]);
  for (let round = 0; round < warmUp + runs; round++) {
    for (const [i, fn] of fns.entries()) {
      const start = performance.now();
      await fn();
      if (round >= warmUp) times[i]!.push(performance.now() - start);
    }
  }
  return times as { [K in keyof F]: number[] };
}

export const round1 = (ms: number) => Math.round(ms * 10) / 10;

/** A plain text table, columns padded to their widest cell. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
