import { sql } from "drizzle-orm";
import { plantSettings } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { DEFAULT_BUDGET } from "@/lib/plant/loss-check";

/** Hours an outage may last before its subscribers are credited; null: the tenant gives no outage credits (the default). */
export async function loadOutageCreditHours(tx: Tx): Promise<number | null> {
  const [row] = await tx.select({ hours: plantSettings.outageCreditAfterHours }).from(plantSettings).limit(1);
  return row?.hours ?? null;
}

/** Sets the credit rule (Settings > Plant), keeping the optical budget as it is. */
export async function saveOutageCreditHours({ tx, audit }: { tx: Tx; audit: (e: AuditEntry) => Promise<void> }, tenantId: string, hours: number | null): Promise<void> {
  const before = await loadOutageCreditHours(tx);
  await tx
    .insert(plantSettings)
    .values({ tenantId, splitterLossDb: DEFAULT_BUDGET.splitterLossDb, outageCreditAfterHours: hours })
    .onConflictDoUpdate({ target: plantSettings.tenantId, set: { outageCreditAfterHours: hours, updatedAt: sql`now()` } });
  await audit({ action: "outage_settings.update", entityType: "plant_settings", entityId: tenantId, before: { outageCreditAfterHours: before }, after: { outageCreditAfterHours: hours } });
}
