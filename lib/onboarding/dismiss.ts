import { dismissOnboardingRow } from "@/db/queries/dashboard-onboarding";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";

type Ctx = { tx: Tx; audit: (e: AuditEntry) => Promise<void> };

/** The owner hides the dashboard's setup checklist for the whole workspace (once; a repeat changes nothing). */
export async function dismissOnboarding({ tx, audit }: Ctx, tenantId: string): Promise<void> {
  if (await dismissOnboardingRow(tx, tenantId)) {
    await audit({ action: "onboarding.dismiss", entityType: "tenant", entityId: tenantId, before: { checklist: "shown" }, after: { checklist: "dismissed" } });
  }
}
