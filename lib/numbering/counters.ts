import { and, eq, sql } from "drizzle-orm";
import { counters } from "@/db/schema";
import type { Tx } from "@/db/types";

export type Series = "customer" | "invoice" | "receipt" | "outage" | "ticket";

export const SERIES_DEFAULTS: Record<Series, { prefix: string; padding: number }> = {
  customer: { prefix: "ACC-", padding: 6 },
  invoice: { prefix: "INV-", padding: 8 },
  receipt: { prefix: "PR-", padding: 8 },
  outage: { prefix: "OUT-", padding: 4 },
  ticket: { prefix: "TCK-", padding: 6 },
};

export function formatDocumentNumber(prefix: string, padding: number, value: number): string {
  return `${prefix}${String(value).padStart(padding, "0")}`;
}

/**
 * Takes the next `count` numbers of a series in the caller's transaction. The
 * counter row stays locked until that transaction ends, so concurrent callers
 * queue and numbers are gapless: a rollback gives them back.
 */
export async function takeNumbers(tx: Tx, tenantId: string, series: Series, count = 1): Promise<string[]> {
  if (!Number.isInteger(count) || count < 1) throw new RangeError("count must be a positive integer");
  const defaults = SERIES_DEFAULTS[series];
  await tx
    .insert(counters)
    .values({ tenantId, series, prefix: defaults.prefix, padding: defaults.padding })
    .onConflictDoNothing();
  const [row] = await tx
    .update(counters)
    .set({ nextValue: sql`${counters.nextValue} + ${count}` })
    .where(and(eq(counters.tenantId, tenantId), eq(counters.series, series)))
    .returning({ first: sql<number>`(${counters.nextValue} - ${count})::bigint`, prefix: counters.prefix, padding: counters.padding });
  if (!row) throw new Error(`counter ${series} missing`);
  const first = Number(row.first);
  return Array.from({ length: count }, (_, i) => formatDocumentNumber(row.prefix, row.padding, first + i));
}

/** The series' prefix and the number the next document will get (Settings shows and edits these). */
export async function getSeries(tx: Tx, tenantId: string, series: Series) {
  const [row] = await tx
    .select({ prefix: counters.prefix, padding: counters.padding, nextValue: counters.nextValue })
    .from(counters)
    .where(and(eq(counters.tenantId, tenantId), eq(counters.series, series)));
  return row ?? { ...SERIES_DEFAULTS[series], nextValue: 1 };
}

export async function setSeriesPrefix(tx: Tx, tenantId: string, series: Series, prefix: string): Promise<void> {
  const defaults = SERIES_DEFAULTS[series];
  await tx
    .insert(counters)
    .values({ tenantId, series, prefix, padding: defaults.padding })
    .onConflictDoUpdate({ target: [counters.tenantId, counters.series], set: { prefix } });
}

/**
 * Moves a series' next number forward (an ISP continuing the numbers of its
 * previous system). Never backward: that would issue a number twice.
 */
export async function setSeriesNextValue(tx: Tx, tenantId: string, series: Series, nextValue: number): Promise<void> {
  // Lock the counter first: a billing run taking numbers meanwhile must not be overtaken.
  await tx.execute(sql`select 1 from ${counters} where ${and(eq(counters.tenantId, tenantId), eq(counters.series, series))} for update`);
  const current = await getSeries(tx, tenantId, series);
  if (nextValue < current.nextValue) throw new RangeError(`next number cannot go below ${current.nextValue}`);
  const defaults = SERIES_DEFAULTS[series];
  await tx
    .insert(counters)
    .values({ tenantId, series, prefix: defaults.prefix, padding: defaults.padding, nextValue })
    .onConflictDoUpdate({ target: [counters.tenantId, counters.series], set: { nextValue } });
}
