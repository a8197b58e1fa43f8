import { sql } from "drizzle-orm";
import { barangays, billingSettings, customers, plans } from "@/db/schema";
import { BILLING_DEFAULTS } from "@/lib/billing/settings";
import type { Tx } from "@/db/types";
import type { ImportLookups } from "./validate";

/**
 * Which of `accountNos` customers of the tenant already use. One bound
 * parameter (a JSON array) however long the list, so 20,000 numbers stay one
 * small statement on both drivers; the (tenant_id, account_no) index answers it.
 */
export async function takenAccountNumbers(tx: Tx, accountNos: readonly string[]): Promise<Set<string>> {
  if (accountNos.length === 0) return new Set();
  const rows = await tx
    .select({ accountNo: customers.accountNo })
    .from(customers)
    .where(sql`${customers.accountNo} in (select jsonb_array_elements_text(${JSON.stringify(accountNos)}::jsonb))`);
  return new Set(rows.map((r) => r.accountNo));
}

/** Everything checkImportRows needs from the tenant, in four queries (row-level security scopes them). */
export async function loadImportLookups(tx: Tx, accountNos: readonly string[], today: string): Promise<ImportLookups> {
  // One after another: a transaction runs one statement at a time on either driver.
  const brgys = await tx.select({ id: barangays.id, name: barangays.name, city: barangays.city }).from(barangays);
  const planRows = await tx.select({ id: plans.id, name: plans.name, status: plans.status }).from(plans);
  const taken = await takenAccountNumbers(tx, accountNos);
  const [billing] = await tx.select({ kind: billingSettings.cycleKind, day: billingSettings.cycleDay }).from(billingSettings);
  return { today, barangays: brgys, plans: planRows, takenAccountNos: taken, cycle: billing ?? { kind: BILLING_DEFAULTS.cycleKind, day: BILLING_DEFAULTS.cycleDay } };
}
