import { sql } from "drizzle-orm";
import { ticketSettings } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { DEFAULT_BUSINESS_HOURS, DEFAULT_SLA_TARGETS, type BusinessHours, type SlaTargets } from "./sla";

/** The tenant's business hours and SLA targets; the defaults until it sets its own. */
export async function loadTicketSettings(tx: Tx): Promise<{ businessHours: BusinessHours; slaTargets: SlaTargets }> {
  const [row] = await tx.select().from(ticketSettings).limit(1);
  return {
    businessHours: (row?.businessHours as BusinessHours | undefined) ?? DEFAULT_BUSINESS_HOURS,
    slaTargets: (row?.slaTargets as SlaTargets | undefined) ?? DEFAULT_SLA_TARGETS,
  };
}

/** Sets the tenant's business hours and SLA targets (Settings > Tickets), audited. */
export async function saveTicketSettings(
  { tx, audit }: { tx: Tx; audit: (e: AuditEntry) => Promise<void> },
  tenantId: string,
  settings: { businessHours: BusinessHours; slaTargets: SlaTargets },
): Promise<void> {
  const before = await loadTicketSettings(tx);
  await tx
    .insert(ticketSettings)
    .values({ tenantId, ...settings })
    .onConflictDoUpdate({ target: ticketSettings.tenantId, set: { ...settings, updatedAt: sql`now()` } });
  await audit({ action: "ticket_settings.update", entityType: "ticket_settings", entityId: tenantId, before, after: settings });
}
