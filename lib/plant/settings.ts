import { sql } from "drizzle-orm";
import { plantSettings } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { changedFields } from "@/lib/audit/record";
import { loadBudget } from "./budget";
import type { OpticalBudget } from "./loss-check";

type Ctx = { tx: Tx; audit: (e: AuditEntry) => Promise<void> };

/** Saves the tenant's optical budget (Settings > Plant). */
export async function savePlantSettings({ tx, audit }: Ctx, tenantId: string, budget: OpticalBudget): Promise<void> {
  const before = await loadBudget(tx);
  const values = {
    splitterLossDb: budget.splitterLossDb,
    fibreLossDbPerKm: budget.fibreLossDbPerKm,
    connectorAllowanceDb: budget.connectorAllowanceDb,
    toleranceDb: budget.toleranceDb,
    minimumRxDbm: budget.minimumRxDbm,
  };
  await tx
    .insert(plantSettings)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({ target: plantSettings.tenantId, set: { ...values, updatedAt: sql`now()` } });
  await audit({ action: "plant_settings.update", entityType: "plant_settings", entityId: tenantId, ...changedFields(before, values) });
}
