import { plantSettings } from "@/db/schema";
import type { Tx } from "@/db/types";
import { DEFAULT_BUDGET, type OpticalBudget } from "./loss-check";

/** The tenant's optical budget (Settings), or the defaults when it kept them. */
export async function loadBudget(tx: Tx): Promise<OpticalBudget> {
  const [row] = await tx.select().from(plantSettings).limit(1);
  if (!row) return DEFAULT_BUDGET;
  return {
    splitterLossDb: { ...DEFAULT_BUDGET.splitterLossDb, ...row.splitterLossDb },
    fibreLossDbPerKm: row.fibreLossDbPerKm,
    connectorAllowanceDb: row.connectorAllowanceDb,
    toleranceDb: row.toleranceDb,
    minimumRxDbm: row.minimumRxDbm,
  };
}
